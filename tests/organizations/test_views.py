import re

import pytest
from django.core import mail
from django.urls import reverse

from organizations.models import Department, Invitation, Membership, MembershipStatus
from organizations.tokens import invitation_token
from tests.factories import InvitationFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


# Every URL that takes the id of an organisation's object, with the object it points at.
ID_URLS = [
    ("get", "organizations:member_edit", lambda t: t.learner.pk),
    ("post", "organizations:member_edit", lambda t: t.learner.pk),
    ("get", "organizations:member_remove", lambda t: t.learner.pk),
    ("post", "organizations:member_remove", lambda t: t.learner.pk),
    ("post", "organizations:request_decide", lambda t: t.pending.pk),
    ("post", "organizations:invitation_revoke", lambda t: t.invitation.pk),
    ("get", "organizations:department_edit", lambda t: t.department.pk),
    ("post", "organizations:department_edit", lambda t: t.department.pk),
]


@pytest.fixture
def foreign(other_tenant):
    other_tenant.pending = MembershipFactory(
        organization=other_tenant.organization, status=MembershipStatus.PENDING
    )
    other_tenant.invitation = InvitationFactory(organization=other_tenant.organization)
    other_tenant.department = Department.objects.get(organization=other_tenant.organization)
    return other_tenant


def _snapshot():
    return (
        sorted(Membership.objects.values_list("pk", "status", "is_lead", "is_admin", "department")),
        sorted(Invitation.objects.values_list("pk", "revoked_at")),
        sorted(Department.objects.values_list("pk", "name")),
    )


@pytest.mark.parametrize(("method", "name", "target"), ID_URLS)
def test_another_organisations_objects_answer_404_and_stay_unchanged(
    mfa_login, tenant, foreign, method, name, target
):
    client = mfa_login(tenant.admin)
    before = _snapshot()
    url = reverse(name, args=[target(foreign)])
    data = {"decision": "approve", "action": "delete", "name": "Hacked", "is_admin": "on"}
    response = client.get(url) if method == "get" else client.post(url, data)
    assert response.status_code == 404
    assert _snapshot() == before


@pytest.mark.parametrize(
    "name",
    [
        "organizations:members",
        "organizations:requests",
        "organizations:invitations",
        "organizations:departments",
    ],
)
def test_admin_pages_need_the_admin_role(mfa_login, tenant, name):
    assert mfa_login(tenant.learner).get(reverse(name)).status_code == 403
    assert mfa_login(tenant.lead).get(reverse(name)).status_code == 403
    assert mfa_login(tenant.admin).get(reverse(name)).status_code == 200


def test_anonymous_visitors_are_sent_to_login(client, tenant):
    response = client.get(reverse("organizations:members"))
    assert response.status_code == 302
    assert reverse("account_login") in response.url


def test_member_list_searches_and_shows_only_own_members(mfa_login, tenant, other_tenant):
    response = mfa_login(tenant.admin).get(reverse("organizations:members"), {"q": "leder@"})
    members = list(response.context["page"].object_list)
    assert members == [tenant.lead]
    response = mfa_login(tenant.admin).get(reverse("organizations:members"))
    html = response.content.decode()
    assert tenant.learner.user.email in html
    assert other_tenant.learner.user.email not in html


def test_admin_changes_roles_and_department(mfa_login, tenant):
    department = Department.objects.get(organization=tenant.organization)
    response = mfa_login(tenant.admin).post(
        reverse("organizations:member_edit", args=[tenant.learner.pk]),
        {"department": department.pk, "is_lead": "on"},
    )
    assert response.status_code == 302
    tenant.learner.refresh_from_db()
    assert tenant.learner.is_lead and tenant.learner.department == department


def test_removing_the_last_admin_shows_why_and_keeps_them(mfa_login, tenant):
    response = mfa_login(tenant.admin).post(
        reverse("organizations:member_remove", args=[tenant.admin.pk])
    )
    assert response.status_code == 200
    assert "administrator" in response.content.decode()
    assert Membership.objects.filter(pk=tenant.admin.pk).exists()


def test_invitation_form_with_bad_email_keeps_input_and_explains(mfa_login, tenant):
    response = mfa_login(tenant.admin).post(
        reverse("organizations:invitations"), {"email": "not-an-email", "is_lead": "on"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="not-an-email"' in html
    assert 'aria-invalid="true"' in html
    assert not Invitation.objects.exists()


def test_admin_invites_and_the_person_accepts(
    client, mfa_login, tenant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        mfa_login(tenant.admin).post(
            reverse("organizations:invitations"), {"email": "ny@example.org", "is_lead": "on"}
        )
    invitation = Invitation.objects.get()
    assert mail.outbox[0].to == ["ny@example.org"]
    accept_url = reverse("organizations:invitation_accept", args=[invitation_token(invitation.pk)])
    assert accept_url in mail.outbox[0].body

    client.logout()
    invitee = UserFactory(email="ny@example.org")
    client.force_login(invitee)
    assert tenant.organization.name in client.get(accept_url).content.decode()
    response = client.post(accept_url)
    assert response.status_code == 302
    assert Membership.objects.get(user=invitee).roles == ["learner", "lead"]
    # The same link a second time changes nothing and says so.
    again = client.post(accept_url)
    assert again.status_code == 410


def test_pending_request_is_approved_by_the_admin(mfa_login, tenant):
    pending = MembershipFactory(organization=tenant.organization, status=MembershipStatus.PENDING)
    response = mfa_login(tenant.admin).post(
        reverse("organizations:request_decide", args=[pending.pk]), {"decision": "approve"}
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.is_active


def test_a_person_asks_to_join_through_the_search(mfa_login, tenant):
    user = UserFactory()
    client = mfa_login(user)
    response = client.get(reverse("organizations:join"), {"q": "Testvik"})
    assert tenant.organization in response.context["results"]
    client.post(reverse("organizations:join_request", args=[tenant.organization.pk]))
    assert Membership.objects.get(user=user).status == MembershipStatus.PENDING


def test_switching_to_a_foreign_organisation_is_refused(mfa_login, tenant, other_tenant):
    client = mfa_login(tenant.admin)
    client.post(reverse("organizations:switch"), {"organization": other_tenant.organization.pk})
    response = client.get(reverse("organizations:members"))
    assert response.context["request"].membership.organization == tenant.organization


def test_a_person_in_two_organisations_switches_between_them(mfa_login, tenant, other_tenant):
    MembershipFactory(user=tenant.admin.user, organization=other_tenant.organization, is_admin=True)
    client = mfa_login(tenant.admin)
    client.post(reverse("organizations:switch"), {"organization": other_tenant.organization.pk})
    response = client.get(reverse("organizations:members"))
    assert response.context["request"].membership.organization == other_tenant.organization


# URLs whose id does not point at an object of the current organisation, by design.
NOT_ORGANISATION_SCOPED = {"join_request"}  # any active organisation may be asked


def test_every_url_with_an_id_is_in_the_404_matrix():
    """A new URL that takes an id must be added to ID_URLS, so it is tested for leaks."""
    from organizations.urls import urlpatterns

    with_ids = {p.name for p in urlpatterns if re.search(r"<(int|id):", str(p.pattern))}
    covered = {name.split(":")[1] for _method, name, _target in ID_URLS}
    assert with_ids - NOT_ORGANISATION_SCOPED == covered
