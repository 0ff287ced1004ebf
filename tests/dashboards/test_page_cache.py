"""The organisation dashboard keeps long tables short and its rendered sections in the cache:
a shortened table says how many rows it leaves out and links to all of them, the exports keep
every row, and a cached page follows each new snapshot and never crosses organisations,
departments, periods, languages or what the organisation lets leads see."""

import dataclasses
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from dashboards.selectors.snapshots import dashboard_stamps
from dashboards.services import snapshots_refresh
from dashboards.tables import Column, Kind, Table
from dashboards.views import organization as views
from dashboards.views.access import DashboardFilters
from tests.factories import DepartmentFactory, MembershipFactory
from tests.factories.exports import csv_rows

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("dashboards:organization")
BY_DEPARTMENT = "deltakelse-avdeling"


def _departments(tenant, names):
    for name in names:
        department = DepartmentFactory(organization=tenant.organization, name=name)
        MembershipFactory(organization=tenant.organization, department=department)


def _department_rows(html: str) -> list[str]:
    table = re.search(rf'id="table-{BY_DEPARTMENT}".*?</table>', html, re.S).group(0)
    return re.findall(r'<th scope="row"[^>]*>([^<]*)</th>', table)


def _in_english(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture
def two_rows_shown(monkeypatch):
    monkeypatch.setattr(views, "ROWS_SHOWN", 2)


# --- Long tables ------------------------------------------------------------------------------


def test_first_rows_keeps_the_order_and_counts_what_it_leaves_out():
    table = Table("t", "T", "", [Column("Name"), Column("n", Kind.COUNT)], [["a", 1], ["b", 2]])

    short = table.first_rows(1)

    assert short.rows == [["a", 1]] and short.hidden_rows == 1 and short.total_rows == 2
    assert table.first_rows(2) is table and table.hidden_rows == 0


def test_a_long_table_shows_its_first_rows_and_links_to_all(mfa_login, tenant, two_rows_shown):
    _departments(tenant, ["Arkiv", "Barnehage", "Drift"])  # and Innkjøp: five rows in all

    client = _in_english(mfa_login(tenant.lead))
    html = client.get(DASHBOARD, {"periode": "12m"}).content.decode()

    assert _department_rows(html) == ["Arkiv", "Barnehage"]
    assert "The first 2 of 5 rows are shown; the downloads have them all." in html
    link = f'href="?periode=12m&amp;alle={BY_DEPARTMENT}#table-{BY_DEPARTMENT}"'
    assert f"{link}>Show all 5 rows" in html


def test_the_link_shows_every_row_and_offers_the_short_table_again(
    mfa_login, tenant, two_rows_shown
):
    _departments(tenant, ["Arkiv", "Barnehage", "Drift"])

    client = _in_english(mfa_login(tenant.lead))
    html = client.get(DASHBOARD, {"alle": [BY_DEPARTMENT, "<tull>"]}).content.decode()

    assert _department_rows(html) == ["Arkiv", "Barnehage", "Drift", "Innkjøp", "No department"]
    assert f'href="?#table-{BY_DEPARTMENT}">Show the first 2 rows only' in html


def test_the_export_of_a_shortened_table_has_every_row(mfa_login, tenant, two_rows_shown):
    _departments(tenant, ["Arkiv", "Barnehage", "Drift"])
    client = mfa_login(tenant.lead)
    client.get(DASHBOARD)

    response = client.get(reverse("dashboards:export", args=[BY_DEPARTMENT, "csv"]))

    assert len(csv_rows(response)) == 1 + 5


def test_short_tables_have_no_link(mfa_login, tenant):
    html = mfa_login(tenant.lead).get(DASHBOARD).content.decode()
    assert "alle=" not in html


# --- The cache --------------------------------------------------------------------------------


def _sections(response) -> str:
    html = response.content.decode()
    return html[html.index('<section aria-labelledby="participation-heading"') :]


def test_the_second_visit_reads_the_cache_not_the_snapshot(mfa_login, tenant, monkeypatch):
    client = mfa_login(tenant.lead)
    first = _sections(client.get(DASHBOARD))

    def refused(*args):
        raise AssertionError("the snapshot was read again")

    monkeypatch.setattr(views, "dashboard_page", refused)
    assert _sections(client.get(DASHBOARD)) == first


def test_a_cached_page_changes_when_the_snapshot_is_refreshed(mfa_login, tenant):
    client = mfa_login(tenant.lead)
    client.get(DASHBOARD)
    _departments(tenant, ["Nyoppretta avdeling"])
    assert "Nyoppretta avdeling" not in _department_rows(client.get(DASHBOARD).content.decode())

    snapshots_refresh(tenant.organization)

    assert "Nyoppretta avdeling" in _department_rows(client.get(DASHBOARD).content.decode())


def test_another_organisations_figures_never_come_through_the_cache(
    mfa_login, tenant, other_tenant
):
    DepartmentFactory(organization=other_tenant.organization, name="Andebys egen avdeling")
    MembershipFactory(
        organization=other_tenant.organization,
        department=other_tenant.organization.departments.get(name="Andebys egen avdeling"),
    )
    assert "Andebys egen avdeling" in mfa_login(other_tenant.lead).get(DASHBOARD).content.decode()

    html = mfa_login(tenant.lead).get(DASHBOARD).content.decode()

    assert "Andebys egen avdeling" not in html


def test_each_department_and_period_has_its_own_page(mfa_login, tenant):
    client = mfa_login(tenant.lead)
    whole = client.get(DASHBOARD).context["page"]
    department = tenant.admin.department

    narrowed = client.get(DASHBOARD, {"avdeling": department.pk}).context["page"]

    # Rows, not counts: a group this small shows no counts (organizations/small_groups.py).
    by_department = "deltakelse-avdeling"
    assert len(whole.table(by_department).rows) == 2  # Innkjøp and no department
    assert [row[0] for row in narrowed.table(by_department).rows] == [department.name]


def _key(organization, **changes):
    filters = DashboardFilters(department=None, period="all")
    stamps = dashboard_stamps(organization)
    values = {"filters": filters, "expanded": (), "stamps": stamps, **changes}
    with translation.override(values.pop("language", "nb")):
        return views._sections_cache_key(organization, **values)


def test_the_cache_key_names_everything_the_sections_depend_on(tenant, other_tenant):
    snapshots_refresh(tenant.organization)
    snapshots_refresh(other_tenant.organization)
    organization = tenant.organization
    stamps = dashboard_stamps(organization)
    department = tenant.admin.department
    keys = [
        _key(organization),
        _key(other_tenant.organization, stamps=stamps),
        _key(organization, filters=DashboardFilters(department=department, period="all")),
        _key(organization, filters=DashboardFilters(department=None, period="3m")),
        _key(organization, language="en"),
        _key(organization, expanded=(BY_DEPARTMENT,)),
        _key(
            organization,
            stamps=dataclasses.replace(stamps, shown=stamps.shown + timedelta(seconds=1)),
        ),
        _key(
            organization,
            stamps=dataclasses.replace(stamps, national=stamps.organization),
        ),
    ]
    organization.leads_see_person_status = not organization.leads_see_person_status
    keys.append(_key(organization))

    assert len(set(keys)) == len(keys)


def test_the_page_follows_the_language(mfa_login, tenant):
    client = mfa_login(tenant.lead)
    norwegian = client.get(DASHBOARD).content.decode()
    english = _in_english(client).get(DASHBOARD).content.decode()

    assert "Participation in total" in english
    assert "Participation in total" not in norwegian
