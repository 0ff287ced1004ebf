from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from organizations import services
from organizations.models import Invitation, Membership, MembershipStatus
from organizations.services import InvitationError, MemberRoles
from organizations.tokens import invitation_token
from tests.factories import DepartmentFactory, InvitationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_verified_work_email_joins_the_domains_organisation(tenant):
    user = UserFactory(email="ny@testvik.kommune.no")
    membership = services.membership_join_by_email_domain(user=user, email=user.email)
    assert membership.organization == tenant.organization
    assert membership.status == MembershipStatus.ACTIVE
    assert membership.roles == ["learner"]


def test_unknown_domain_joins_nothing(tenant):
    user = UserFactory(email="someone@gmail.com")
    assert services.membership_join_by_email_domain(user=user, email=user.email) is None
    assert not Membership.objects.filter(user=user).exists()


def test_request_to_join_waits_and_tells_the_admins(tenant, django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        membership = services.membership_request(
            user=user, organization=tenant.organization, message="Jeg jobber i innkjøp"
        )
    assert membership.status == MembershipStatus.PENDING
    assert not membership.has_role("learner")
    assert [m.to for m in mail.outbox] == [[tenant.admin.user.email]]
    assert "Jeg jobber i innkjøp" in mail.outbox[0].body


def test_asking_twice_is_refused_with_a_message(tenant):
    user = UserFactory()
    services.membership_request(user=user, organization=tenant.organization)
    with pytest.raises(ValidationError) as refusal:
        services.membership_request(user=user, organization=tenant.organization)
    assert refusal.value.code == "already_requested"
    assert Membership.objects.filter(user=user).count() == 1


def test_approval_activates_and_notifies(tenant, django_capture_on_commit_callbacks):
    membership = services.membership_request(user=UserFactory(), organization=tenant.organization)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.membership_approve(membership=membership)
    membership.refresh_from_db()
    assert membership.is_active
    assert mail.outbox[0].to == [membership.user.email]


def test_the_last_admin_cannot_be_demoted_or_removed(tenant):
    with pytest.raises(ValidationError):
        services.membership_update(membership=tenant.admin, roles=MemberRoles(is_admin=False))
    with pytest.raises(ValidationError):
        services.membership_remove(membership=tenant.admin)
    tenant.admin.refresh_from_db()
    assert tenant.admin.is_admin


def test_department_of_another_organisation_is_refused(tenant, other_tenant):
    foreign = DepartmentFactory(organization=other_tenant.organization)
    with pytest.raises(ValidationError):
        services.membership_update(membership=tenant.learner, roles=MemberRoles(department=foreign))
    tenant.learner.refresh_from_db()
    assert tenant.learner.department is None


def test_department_names_are_unique_regardless_of_case(tenant):
    with pytest.raises(ValidationError) as error:
        services.department_create(organization=tenant.organization, name="innkjøp")
    assert "name" in error.value.error_dict


def test_invitation_is_emailed_once_with_a_working_link(tenant, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.invitation_create(
            organization=tenant.organization,
            email="Ny.Person@Example.org",
            roles=MemberRoles(is_lead=True),
            invited_by=tenant.admin.user,
        )
    assert invitation.email == "ny.person@example.org"
    assert len(mail.outbox) == 1
    assert invitation_token(invitation.pk) in mail.outbox[0].body
    invitation.refresh_from_db()
    assert invitation.sent_at is not None


def test_invitation_to_another_organisations_address_is_refused(tenant, other_tenant):
    with pytest.raises(ValidationError) as error:
        services.invitation_create(
            organization=tenant.organization,
            email="someone@andeby.kommune.no",
            roles=MemberRoles(),
            invited_by=tenant.admin.user,
        )
    [refusal] = error.value.error_dict["email"]
    assert refusal.code == "address_elsewhere"
    assert refusal.params["owner"] == other_tenant.organization
    assert not Invitation.objects.exists()


def test_accepting_gives_the_invited_roles(tenant):
    invitation = InvitationFactory(organization=tenant.organization, is_lead=True)
    user = UserFactory(email=invitation.email)
    membership = services.invitation_accept(token=invitation_token(invitation.pk), user=user)
    assert membership.organization == tenant.organization
    assert membership.roles == ["learner", "lead"]


@pytest.mark.parametrize(
    ("state", "message"),
    [
        ({"accepted_at": timezone.now()}, "brukt|used"),
        ({"revoked_at": timezone.now()}, "trukket|withdrawn"),
        ({"expires_at": timezone.now() - timedelta(minutes=1)}, "gått ut|expired"),
    ],
)
def test_used_revoked_or_expired_invitations_change_nothing(tenant, state, message):
    invitation = InvitationFactory(organization=tenant.organization, **state)
    user = UserFactory(email=invitation.email)
    with pytest.raises(InvitationError, match=message):
        services.invitation_accept(token=invitation_token(invitation.pk), user=user)
    assert not Membership.objects.filter(user=user).exists()


def test_invitation_for_someone_else_is_refused(tenant):
    invitation = InvitationFactory(organization=tenant.organization)
    stranger = UserFactory()
    with pytest.raises(InvitationError, match=invitation.email):
        services.invitation_accept(token=invitation_token(invitation.pk), user=stranger)
    assert not Membership.objects.filter(user=stranger).exists()


def test_forged_token_is_refused(tenant):
    invitation = InvitationFactory(organization=tenant.organization)
    with pytest.raises(InvitationError):
        services.invitation_accept(
            token=invitation_token(invitation.pk)[:-2] + "xx", user=UserFactory()
        )


def test_a_token_is_usable_once(tenant):
    invitation = InvitationFactory(organization=tenant.organization)
    user = UserFactory(email=invitation.email)
    token = invitation_token(invitation.pk)
    services.invitation_accept(token=token, user=user)
    with pytest.raises(InvitationError):
        services.invitation_accept(token=token, user=user)


# --- Platform administrators' writes and public mail domains -----------------------------------


def test_membership_add_makes_an_active_member_once(tenant):
    person = UserFactory()
    membership = services.membership_add(
        user=person, organization=tenant.organization, roles=MemberRoles(is_admin=True)
    )
    assert membership.is_active and membership.is_admin
    with pytest.raises(ValidationError) as error:
        services.membership_add(user=person, organization=tenant.organization)
    assert error.value.error_dict["user"][0].code == "exists"


def test_membership_add_refuses_another_organisations_department(tenant, other_tenant):
    with pytest.raises(ValidationError) as error:
        services.membership_add(
            user=UserFactory(),
            organization=tenant.organization,
            roles=MemberRoles(department=other_tenant.admin.department),
        )
    assert error.value.error_dict["department"][0].code == "department_elsewhere"


def test_the_last_admin_refusals_have_a_code(tenant):
    with pytest.raises(ValidationError) as error:
        services.membership_update(membership=tenant.admin, roles=MemberRoles())
    assert error.value.code == "last_admin"
    with pytest.raises(ValidationError) as error:
        services.membership_remove(membership=tenant.admin)
    assert error.value.code == "last_admin"


def test_a_public_mail_domain_row_never_places_anyone(tenant):
    """Even a row that slipped in before the validator refused public domains."""
    from organizations.models import EmailDomain

    EmailDomain.objects.create(organization=tenant.organization, domain="gmail.com")
    person = UserFactory(email="hvem.som.helst@gmail.com")
    assert services.organization_for_email(person.email) is None
    assert services.membership_join_by_email_domain(user=person, email=person.email) is None
