import pytest
from django.core import mail

from core.models import SentEmail
from organizations.tasks import send_invitation_email
from tests.factories import InvitationFactory

pytestmark = pytest.mark.django_db


def test_running_the_invitation_task_twice_sends_one_email(tenant):
    invitation = InvitationFactory(organization=tenant.organization, invited_by=tenant.admin.user)
    assert send_invitation_email(invitation.pk) is True
    assert send_invitation_email(invitation.pk) is False
    assert len(mail.outbox) == 1
    assert tenant.organization.name in mail.outbox[0].subject
    assert SentEmail.objects.filter(key=f"invitation:{invitation.pk}").count() == 1


def test_a_withdrawn_invitation_is_not_sent(tenant):
    from django.utils import timezone

    invitation = InvitationFactory(organization=tenant.organization, revoked_at=timezone.now())
    assert send_invitation_email(invitation.pk) is False
    assert mail.outbox == []
