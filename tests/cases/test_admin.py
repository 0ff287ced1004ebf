"""Editors work with cases in the real Wagtail admin: the lists, and the case editor."""

import pytest
from django.urls import reverse

from cases.models import CaseIndexPage, CasePage, CaseStatus, ServiceArea
from tests.factories import UserFactory
from tests.factories.cases import publish_case
from tests.factories.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db

VOCABULARIES = [
    "servicearea",
    "casestatus",
    "procurementphase",
    "procedure",
    "innovationtype",
    "innovativeacquisitioncode",
    "marketdialogueactivity",
    "effectcategory",
]


@pytest.fixture
def editor(client):
    user = UserFactory(is_superuser=True, is_staff=True)
    log_in_with_mfa(client, user)
    return user


@pytest.mark.parametrize("model_name", VOCABULARIES)
def test_every_controlled_list_opens_in_the_admin(client, editor, model_name):
    response = client.get(reverse(f"wagtailsnippets_cases_{model_name}:list"))
    assert response.status_code == 200


def test_an_editor_renames_a_service_area_and_its_slug_stays(client, editor):
    area = ServiceArea.objects.get(slug="energi")
    response = client.post(
        reverse("wagtailsnippets_cases_servicearea:edit", args=[area.pk]),
        {"name": "Energi og kraft", "slug": "energi", "sort_order": area.sort_order},
    )
    assert response.status_code == 302
    area.refresh_from_db()
    assert area.name == "Energi og kraft"


def test_the_case_editor_opens_for_a_published_case(client, editor, case_index, tenant):
    case = publish_case(case_index, title="Alarmer", organizations=[tenant.organization])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[case.pk]))
    assert response.status_code == 200
    assert "Alarmer" in response.content.decode()


def test_cases_may_only_live_under_the_case_index():
    assert CasePage.parent_page_types == ["cases.CaseIndexPage"]
    assert CaseIndexPage.subpage_types == ["cases.CasePage"]
    assert CaseStatus.objects.get(slug="planlagt").seeks_partners
