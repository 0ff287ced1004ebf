"""Absorptive capacity on the dashboard: the latest closed round, its change since the one
before, only for 5 or more respondents, and never another organisation's."""

import pytest
from django.urls import reverse

from dashboards.selectors.capacity import capacity
from dashboards.services import snapshots_refresh
from tests.factories.surveys import answered_round

pytestmark = pytest.mark.django_db
DASHBOARD = reverse("dashboards:organization")


def test_no_closed_round_means_no_capacity_section_figures(tenant):
    assert capacity(tenant.organization) is None


def test_the_latest_round_and_its_change_since_the_one_before(tenant):
    answered_round(tenant.organization, "Høsten 2025", 4, people=5, days_ago=300)
    answered_round(tenant.organization, "Høsten 2026", 5, people=6, days_ago=3)
    result = capacity(tenant.organization)
    assert result.round_title == "Høsten 2026"
    assert result.previous_round_title == "Høsten 2025"
    assert [row.result.n for row in result.dimensions] == [6, 6, 6, 6]
    assert [round(c.change, 2) for c in result.changes] == [1.0, 1.0, 1.0, 1.0]


def test_fewer_than_five_respondents_show_no_figures_and_no_change(tenant):
    answered_round(tenant.organization, "Før", 3, people=5, days_ago=300)
    answered_round(tenant.organization, "Nå", 6, people=4, days_ago=3)
    result = capacity(tenant.organization)
    assert len(result.dimensions) == 4
    assert all(row.result is None for row in result.dimensions)
    assert result.changes == []


def test_the_dashboard_shows_capacity_beside_knowledge_for_the_own_organisation_only(
    tenant, other_tenant, mfa_login
):
    answered_round(other_tenant.organization, "Andebys runde", 6, people=5, days_ago=3)
    client = mfa_login(tenant.lead)
    page = client.get(DASHBOARD).content.decode()
    assert "Andebys runde" not in page
    assert 'id="capacity-heading"' in page and 'id="knowledge-heading"' in page
    answered_round(tenant.organization, "Testviks runde", 6, people=5, days_ago=3)
    snapshots_refresh(tenant.organization)
    page = client.get(DASHBOARD).content.decode()
    assert "Testviks runde" in page and "6,00" in page
