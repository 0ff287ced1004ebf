"""Removing one's work address ends a membership that came from that address, and only such a
membership (issue 13, part 8)."""

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from organizations import services
from organizations.models import Membership, MembershipSource
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def _private_address_as_primary(user, email: str = "privat@gmail.com") -> None:
    EmailAddress.objects.filter(user=user).update(primary=False)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    user.email = email
    user.save(update_fields=["email"])


def _remove_address(client, email: str):
    return client.post(reverse("account_email"), {"action_remove": "", "email": email})


def _domain_member(tenant):
    user = UserFactory(email="nora@testvik.kommune.no")
    membership = services.membership_join_by_email_domain(user=user, email=user.email)
    assert membership.source == MembershipSource.DOMAIN
    return user, membership


def test_removing_the_last_work_address_ends_a_membership_from_the_domain(login, tenant):
    user, membership = _domain_member(tenant)
    _private_address_as_primary(user)
    response = _remove_address(login(user), "nora@testvik.kommune.no")
    assert response.status_code == 302
    assert not EmailAddress.objects.filter(email="nora@testvik.kommune.no").exists()
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_another_address_at_the_domain_keeps_the_membership(login, tenant):
    user, membership = _domain_member(tenant)
    EmailAddress.objects.create(user=user, email="nora.n@testvik.kommune.no", verified=True)
    _private_address_as_primary(user)
    _remove_address(login(user), "nora@testvik.kommune.no")
    assert Membership.objects.filter(pk=membership.pk).exists()


@pytest.mark.parametrize(
    "source", [MembershipSource.INVITATION, MembershipSource.ADMIN, MembershipSource.REQUEST]
)
def test_invited_or_admin_added_people_stay(login, tenant, source):
    user = UserFactory(email="nora@testvik.kommune.no")
    membership = MembershipFactory(user=user, organization=tenant.organization, source=source)
    _private_address_as_primary(user)
    _remove_address(login(user), "nora@testvik.kommune.no")
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_the_last_administrator_stays(tenant):
    user, membership = _domain_member(tenant)
    Membership.objects.filter(organization=tenant.organization, is_admin=True).update(
        is_admin=False
    )
    Membership.objects.filter(pk=membership.pk).update(is_admin=True)
    assert services.membership_offboard_by_email_domain(user=user, remaining_emails=[]) == []
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_an_accepted_invitation_marks_the_membership_invited(tenant):
    from organizations.services import MemberRoles, invitation_accept, invitation_create
    from organizations.tokens import invitation_token

    user = UserFactory(email="nora@testvik.kommune.no")
    invitation = invitation_create(
        organization=tenant.organization,
        email=user.email,
        roles=MemberRoles(),
        invited_by=tenant.admin.user,
    )
    services.membership_join_by_email_domain(user=user, email=user.email)
    accepted = invitation_accept(token=invitation_token(invitation.pk), user=user)
    assert accepted.source == MembershipSource.INVITATION


def test_a_request_is_marked_as_one(tenant, other_tenant):
    membership = services.membership_request(
        user=UserFactory(), organization=tenant.organization, message="Hei"
    )
    assert membership.source == MembershipSource.REQUEST


def test_existing_memberships_get_the_source_the_data_shows(tenant):
    """The migration's guess for rows made before the field existed."""
    from importlib import import_module

    from django.apps import apps

    from tests.factories import InvitationFactory

    migration = import_module("organizations.migrations.0002_membership_source")
    invited = MembershipFactory(organization=tenant.organization)
    InvitationFactory(organization=tenant.organization, accepted_by=invited.user)
    asked = MembershipFactory(organization=tenant.organization, request_message="Hei")
    at_domain = MembershipFactory(
        organization=tenant.organization, user=UserFactory(email="ola@testvik.kommune.no")
    )
    elsewhere = MembershipFactory(organization=tenant.organization)
    migration.infer_sources(apps, None)
    sources = dict(Membership.objects.values_list("pk", "source"))
    assert [sources[m.pk] for m in (invited, asked, at_domain, elsewhere)] == [
        "invitation",
        "request",
        "domain",
        "admin",
    ]
