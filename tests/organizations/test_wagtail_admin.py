"""Platform administrators manage organisations and memberships in the real Wagtail admin,
through the same services and rules as the organisation's own pages; content editors cannot."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse

from core.groups import EDITORS
from home.setup import editor_group_ensure
from organizations.models import EmailDomain, Membership, Organization
from organizations.setup import platform_admin_group_ensure
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(mfa_login):
    user = UserFactory(email="redaktor@spire.test")
    user.groups.add(editor_group_ensure())
    mfa_login(user)
    return user


@pytest.fixture
def platform_admin(mfa_login):
    user = UserFactory(email="plattform@spire.test")
    user.groups.add(platform_admin_group_ensure())
    mfa_login(user)
    return user


def _form_data(organization: Organization, **changes) -> dict:
    data = {
        "name": organization.name,
        "kind": organization.kind,
        "county": "",
        "official_number": organization.official_number,
        "org_number": "",
        "written_language": "nb",
        "leads_see_person_status": "on",
        "is_active": "on",
        "email_domains-TOTAL_FORMS": "0",
        "email_domains-INITIAL_FORMS": "0",
        "email_domains-MIN_NUM_FORMS": "0",
        "email_domains-MAX_NUM_FORMS": "1000",
        "departments-TOTAL_FORMS": "0",
        "departments-INITIAL_FORMS": "0",
        "departments-MIN_NUM_FORMS": "0",
        "departments-MAX_NUM_FORMS": "1000",
    }
    return data | changes


def test_platform_admin_finds_and_renames_an_organisation(client, platform_admin, tenant):
    listing = client.get(reverse("organization_admin:index"), {"q": "Testvik"})
    assert tenant.organization in listing.context["object_list"]
    url = reverse("organization_admin:edit", args=[tenant.organization.pk])
    response = client.post(url, _form_data(tenant.organization, name="Testvik kommune (ny)"))
    assert response.status_code == 302
    tenant.organization.refresh_from_db()
    assert tenant.organization.name == "Testvik kommune (ny)"


def test_wrong_check_digit_is_explained_and_nothing_is_saved(client, platform_admin, tenant):
    url = reverse("organization_admin:edit", args=[tenant.organization.pk])
    response = client.post(url, _form_data(tenant.organization, org_number="974760674"))
    assert response.status_code == 200
    assert "kontrollsiffer" in response.content.decode()
    tenant.organization.refresh_from_db()
    assert tenant.organization.org_number == ""


def test_learners_and_leads_do_not_reach_the_admin(client, tenant, mfa_login):
    for membership in (tenant.learner, tenant.lead, tenant.admin):
        mfa_login(membership)
        response = client.get(reverse("organization_admin:index"))
        assert response.status_code == 302
        assert reverse("account_login") in response.url  # every sign-in goes through allauth


def test_editors_group_exists_once(editor):
    editor_group_ensure()
    assert Group.objects.filter(name=EDITORS).count() == 1


def test_platform_admin_appoints_an_administrator(client, platform_admin, tenant):
    membership = tenant.learner
    url = reverse("membership_admin:edit", args=[membership.pk])
    response = client.post(url, {"department": "", "is_admin": "on"})
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.is_admin


def test_editing_a_membership_changes_only_its_roles(client, platform_admin, tenant, other_tenant):
    """Who and where are not on the edit form: a posted organisation or person is ignored."""
    membership = tenant.learner
    url = reverse("membership_admin:edit", args=[membership.pk])
    response = client.post(
        url,
        {
            "user": platform_admin.pk,
            "organization": other_tenant.organization.pk,
            "department": "",
            "is_lead": "on",
        },
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert (membership.user_id, membership.organization_id) == (
        tenant.learner.user_id,
        tenant.organization.pk,
    )
    assert membership.is_lead


def _errors(response) -> list[str]:
    form = response.context["form"]
    return [error.code for errors in form.errors.as_data().values() for error in errors]


def test_unticking_the_last_administrator_is_refused_and_nothing_saved(
    client, platform_admin, tenant
):
    membership = tenant.admin
    url = reverse("membership_admin:edit", args=[membership.pk])
    response = client.post(url, {"department": "", "is_lead": "on"})
    assert response.status_code == 200
    assert _errors(response) == ["last_admin"]
    membership.refresh_from_db()
    assert membership.is_admin and not membership.is_lead


def test_deleting_the_last_administrator_is_refused(client, platform_admin, tenant):
    url = reverse("membership_admin:delete", args=[tenant.admin.pk])
    response = client.post(url, follow=True)
    assert Membership.objects.filter(pk=tenant.admin.pk, is_admin=True).exists()
    shown = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert shown == [
        "Du kan ikke fjerne den siste administratoren. Gjør noen andre til administrator først."
    ]


def test_a_second_administrator_can_be_demoted(client, platform_admin, tenant):
    tenant.lead.is_admin = True
    tenant.lead.save(update_fields=["is_admin"])
    url = reverse("membership_admin:edit", args=[tenant.admin.pk])
    assert client.post(url, {"department": ""}).status_code == 302
    tenant.admin.refresh_from_db()
    assert not tenant.admin.is_admin


@pytest.fixture
def operator(mfa_login):
    user = UserFactory(email="drift@spire.test", is_superuser=True)
    mfa_login(user)
    return user


def _bulk_delete_users(client, users, **kwargs):
    url = reverse("wagtail_bulk_action", args=["accounts", "user", "delete"])
    query = "&".join(f"id={user.pk}" for user in users)
    return client.post(f"{url}?{query}", **kwargs)


def test_deleting_the_only_administrators_user_is_refused(client, operator, tenant):
    person = tenant.admin.user
    response = client.post(reverse("wagtailusers_users:delete", args=[person.pk]), follow=True)
    assert get_user_model().objects.filter(pk=person.pk).exists()
    assert Membership.objects.filter(pk=tenant.admin.pk, is_admin=True).exists()
    shown = " ".join(str(message) for message in get_messages(response.wsgi_request))
    assert "er den eneste administratoren i Testvik kommune" in shown


def test_deactivating_the_only_administrators_account_is_refused(client, operator, tenant):
    person = tenant.admin.user
    response = client.post(
        reverse("wagtailusers_users:edit", args=[person.pk]),
        {"email": person.email, "full_name": person.full_name},  # «Aktiv» unticked
    )

    assert response.status_code == 200
    assert [e.code for e in response.context["form"].errors.as_data()["is_active"]] == [
        "last_admin"
    ]
    person.refresh_from_db()
    assert person.is_active


def test_deactivating_the_only_administrators_account_in_bulk_is_refused(client, operator, tenant):
    url = reverse("wagtail_bulk_action", args=["accounts", "user", "set_active_state"])
    response = client.post(f"{url}?id={tenant.admin.user.pk}", {"mark_as_active": "False"})

    assert response.status_code == 302
    tenant.admin.user.refresh_from_db()
    assert tenant.admin.user.is_active
    shown = " ".join(str(message) for message in get_messages(response.wsgi_request))
    assert "er den eneste administratoren i Testvik kommune" in shown


def test_an_administrator_whose_account_is_deactivated_does_not_count(
    client, platform_admin, tenant
):
    """Else: make a second admin, deactivate their account, then demote the first."""
    tenant.lead.is_admin = True
    tenant.lead.save(update_fields=["is_admin"])
    tenant.lead.user.is_active = False
    tenant.lead.user.save(update_fields=["is_active"])

    url = reverse("membership_admin:edit", args=[tenant.admin.pk])
    response = client.post(url, {"department": ""})

    assert _errors(response) == ["last_admin"]
    tenant.admin.refresh_from_db()
    assert tenant.admin.is_admin


def test_deactivating_an_ordinary_members_account_works(client, operator, tenant):
    person = tenant.learner.user
    response = client.post(
        reverse("wagtailusers_users:edit", args=[person.pk]),
        {"email": person.email, "full_name": person.full_name},
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert not person.is_active


def test_deleting_another_member_works(client, platform_admin, tenant):
    response = client.post(reverse("membership_admin:delete", args=[tenant.learner.pk]))
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=tenant.learner.pk).exists()


def test_a_department_of_another_organisation_is_refused(
    client, platform_admin, tenant, other_tenant
):
    person = UserFactory()
    foreign = other_tenant.admin.department
    response = client.post(
        reverse("membership_admin:add"),
        {"user": person.pk, "organization": tenant.organization.pk, "department": foreign.pk},
    )
    assert response.status_code == 200
    assert "department_elsewhere" in _errors(response)
    assert not Membership.objects.filter(user=person).exists()


def test_platform_admin_adds_a_member_once(client, platform_admin, tenant):
    person = UserFactory()
    data = {"user": person.pk, "organization": tenant.organization.pk, "is_admin": "on"}
    assert client.post(reverse("membership_admin:add"), data).status_code == 302
    membership = Membership.objects.get(user=person)
    assert membership.is_active and membership.is_admin
    again = client.post(reverse("membership_admin:add"), data)
    assert again.status_code == 200
    assert _errors(again)  # the model's uniqueness check answers before the service
    assert Membership.objects.filter(user=person).count() == 1


@pytest.mark.parametrize("domain", ["gmail.com", "Outlook.com", "online.no", "mail.hotmail.com"])
def test_a_public_mail_domain_is_refused_in_the_admin(client, platform_admin, tenant, domain):
    url = reverse("organization_admin:edit", args=[tenant.organization.pk])
    data = _form_data(
        tenant.organization,
        **{
            "email_domains-TOTAL_FORMS": "1",
            "email_domains-0-domain": domain,
            "email_domains-0-id": "",
            "email_domains-0-ORDER": "",
        },
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert not EmailDomain.objects.filter(domain__iexact=domain).exists()


# --- Content editors have nothing to do with tenants ------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "membership_admin:index",
        "membership_admin:add",
        "organization_admin:index",
        "organization_admin:add",
    ],
)
def test_an_editor_cannot_open_the_tenant_screens(client, editor, name):
    response = client.get(reverse(name))
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response.url == reverse("wagtailadmin_home")


def test_an_editor_cannot_make_themself_lead_and_admin(client, editor, tenant):
    response = client.post(
        reverse("membership_admin:add"),
        {
            "user": editor.pk,
            "organization": tenant.organization.pk,
            "status": "active",
            "is_lead": "on",
            "is_admin": "on",
        },
    )
    assert response.status_code in (302, 403)
    assert not Membership.objects.filter(user=editor).exists()


def test_an_editor_cannot_edit_a_membership_or_an_organisations_domains(client, editor, tenant):
    edit = client.post(
        reverse("membership_admin:edit", args=[tenant.learner.pk]),
        {"department": "", "is_admin": "on"},
    )
    assert edit.status_code in (302, 403)
    tenant.learner.refresh_from_db()
    assert not tenant.learner.is_admin
    url = reverse("organization_admin:edit", args=[tenant.organization.pk])
    data = _form_data(
        tenant.organization,
        **{
            "email_domains-TOTAL_FORMS": "1",
            "email_domains-0-domain": "andeby.no",
            "email_domains-0-id": "",
            "email_domains-0-ORDER": "",
        },
    )
    assert client.post(url, data).status_code in (302, 403)
    assert not EmailDomain.objects.filter(domain="andeby.no").exists()


def test_deleting_both_administrators_together_is_refused(client, operator, tenant):
    tenant.lead.is_admin = True
    tenant.lead.save(update_fields=["is_admin"])
    admins = [tenant.admin.user, tenant.lead.user]
    response = _bulk_delete_users(client, admins, follow=True)
    assert get_user_model().objects.filter(pk__in=[u.pk for u in admins]).count() == 2
    shown = " ".join(str(message) for message in get_messages(response.wsgi_request))
    assert "er den eneste administratoren i Testvik kommune" in shown


def test_deleting_users_who_are_not_the_last_administrators_works(client, operator, tenant):
    response = _bulk_delete_users(client, [tenant.learner.user])
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=tenant.learner.user_id).exists()
