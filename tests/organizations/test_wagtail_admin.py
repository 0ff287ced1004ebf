"""Platform editors manage organisations in the real Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from home.demo import editor_group_ensure
from organizations.models import Organization
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = UserFactory()
    user.groups.add(editor_group_ensure())
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


def test_editor_finds_and_renames_an_organisation(client, editor, tenant):
    client.force_login(editor)
    listing = client.get(reverse("organization_admin:index"), {"q": "Testvik"})
    assert tenant.organization in listing.context["object_list"]
    url = reverse("organization_admin:edit", args=[tenant.organization.pk])
    response = client.post(url, _form_data(tenant.organization, name="Testvik kommune (ny)"))
    assert response.status_code == 302
    tenant.organization.refresh_from_db()
    assert tenant.organization.name == "Testvik kommune (ny)"


def test_wrong_check_digit_is_explained_and_nothing_is_saved(client, editor, tenant):
    client.force_login(editor)
    url = reverse("organization_admin:edit", args=[tenant.organization.pk])
    response = client.post(url, _form_data(tenant.organization, org_number="974760674"))
    assert response.status_code == 200
    assert "kontrollsiffer" in response.content.decode()
    tenant.organization.refresh_from_db()
    assert tenant.organization.org_number == ""


def test_learners_and_leads_do_not_reach_the_admin(client, tenant):
    for membership in (tenant.learner, tenant.lead, tenant.admin):
        client.force_login(membership.user)
        response = client.get(reverse("organization_admin:index"))
        assert response.status_code == 302
        assert reverse("account_login") in response.url  # every sign-in goes through allauth


def test_editors_group_exists_once(editor):
    editor_group_ensure()
    assert Group.objects.filter(name="Editors").count() == 1


def test_editor_appoints_the_first_administrator(client, editor, tenant):
    client.force_login(editor)
    membership = tenant.learner
    url = reverse("membership_admin:edit", args=[membership.pk])
    response = client.post(
        url,
        {
            "user": membership.user_id,
            "organization": membership.organization_id,
            "status": "active",
            "department": "",
            "is_admin": "on",
        },
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.is_admin
