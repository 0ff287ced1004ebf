"""Invitation emails through a real Celery worker, Redis and PostgreSQL."""

import time

import pytest
from django.db import transaction

from organizations import services
from organizations.models import Invitation
from organizations.services import MemberRoles
from organizations.tasks import send_invitation_email
from tests.integration.conftest import wait_for

pytestmark = pytest.mark.integration


def _invite(tenant, email: str) -> Invitation:
    return services.invitation_create(
        organization=tenant.organization,
        email=email,
        roles=MemberRoles(),
        invited_by=tenant.admin.user,
    )


def _mails(folder):
    return sorted(p.read_text() for p in folder.iterdir())


def test_an_invitation_committed_is_sent_by_the_worker(celery_worker_process, tenant):
    invitation = _invite(tenant, "ny@example.org")
    mails = wait_for(lambda: _mails(celery_worker_process))
    assert len(mails) == 1
    assert "ny@example.org" in mails[0]
    assert wait_for(lambda: Invitation.objects.get(pk=invitation.pk).sent_at)


def test_an_invitation_rolled_back_is_never_sent(celery_worker_process, tenant):
    with pytest.raises(RuntimeError), transaction.atomic():
        _invite(tenant, "angret@example.org")
        raise RuntimeError("the request failed halfway")
    # A probe task sent afterwards proves the worker was running while we waited.
    probe = _invite(tenant, "probe@example.org")
    mails = wait_for(lambda: _mails(celery_worker_process))
    assert len(mails) == 1 and "probe@example.org" in mails[0]
    assert not Invitation.objects.filter(email="angret@example.org").exists()
    assert probe.pk


def test_the_same_task_delivered_twice_sends_one_email(celery_worker_process, tenant):
    invitation = Invitation.objects.create(
        organization=tenant.organization,
        email="to-ganger@example.org",
        expires_at=tenant.organization.created_at.replace(year=2100),
    )
    send_invitation_email.delay(invitation.pk)
    send_invitation_email.delay(invitation.pk)
    assert wait_for(lambda: Invitation.objects.get(pk=invitation.pk).sent_at)
    time.sleep(2)  # give the second delivery time to run
    assert len(_mails(celery_worker_process)) == 1
