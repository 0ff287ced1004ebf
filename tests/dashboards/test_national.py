"""The national picture: only platform staff with MFA, counts right across organisations,
capacity by county only over 3 or more organisations with 5 or more respondents each, sorting
and filtering on the page and in the CSV, and a query count that does not grow."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from assessments import services as survey_services
from assessments.models import SurveyRound, SurveyStatement
from assessments.scoring import GroupResult
from assessments.setup import survey_instrument_ensure
from core.codec import from_json, to_json
from dashboards.selectors.capacity import Capacity, DimensionScore, capacity
from dashboards.selectors.national import (
    PROTECTS_OTHERS,
    TOO_FEW_ORGANIZATIONS,
    NationalPicture,
    national_picture,
)
from dashboards.tables.national import national_tables
from learning import services
from organizations.models import OrganizationKind
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory
from tests.factories.cases import publish_case
from tests.factories.mfa import enable_mfa

pytestmark = pytest.mark.django_db
PAGE = reverse("dashboards:national")
CSV = reverse("dashboards:national_csv")
DIMENSIONS = ("acquisition", "assimilation", "transformation", "exploitation")


def county(name: str, number: str):
    return OrganizationFactory(name=name, kind=OrganizationKind.COUNTY, official_number=number)


def complete_course(user, course) -> None:
    for step in course.steps:
        services.step_complete(user=user, step=step)


def answered_round(organization, value: int, people: int) -> None:
    """A closed round answered by `people` new members with `value` on every statement."""
    survey_instrument_ensure()
    today = timezone.localdate()
    survey_round = SurveyRound.objects.create(
        organization=organization,
        title="Runde",
        opens_on=today - timedelta(days=20),
        closes_on=today + timedelta(days=1),
    )
    answers = dict.fromkeys(SurveyStatement.objects.values_list("pk", flat=True), value)
    for _ in range(people):
        member = MembershipFactory(organization=organization)
        survey_services.survey_response_submit(
            survey_round=survey_round, user=member.user, answers=answers
        )
    SurveyRound.objects.filter(pk=survey_round.pk).update(closes_on=today - timedelta(days=1))


def live_capacities(*organizations) -> dict:
    return {org.pk: capacity(org) for org in organizations}


def result(mean: float, n: int = 5) -> GroupResult:
    return GroupResult(
        n=n, mean=mean, sd=0.0, ci_low=mean, ci_high=mean, rwg_j=1.0, alpha=None,
        low_agreement=False,
    )  # fmt: skip


def made_capacity(mean: float, answered: int = 5) -> Capacity:
    """A capacity as a snapshot would hold it, without running a survey."""
    shown = answered >= 5
    return Capacity(
        round_title="Runde",
        closes_on=date(2026, 1, 1),
        asked=answered,
        answered=answered,
        dimensions=[DimensionScore(key, result(mean) if shown else None) for key in DIMENSIONS],
        potential=result(mean) if shown else None,
        realised=result(mean) if shown else None,
        previous_round_title=None,
        changes=[],
    )


@pytest.fixture
def staff(db):
    user = UserFactory(is_staff=True)
    enable_mfa(user)
    return user


# Access


def test_staff_with_mfa_see_the_page_and_the_export(mfa_login, staff, tenant):
    client = mfa_login(staff)
    page = client.get(PAGE)
    assert page.status_code == 200
    assert 'id="counties-heading"' in page.content.decode()
    assert client.get(CSV).status_code == 200


def test_staff_without_mfa_get_the_setup_page_and_no_figures(login, tenant):
    client = login(UserFactory(is_staff=True))
    for url in (PAGE, CSV):
        response = client.get(url)
        assert response.status_code == 403
        assert tenant.organization.name not in response.content.decode()
    assert response.templates[0].name == "account/mfa_required.html"


@pytest.mark.parametrize("role", ["lead", "admin", "learner"])
def test_members_even_leads_with_mfa_get_404(mfa_login, tenant, role):
    client = mfa_login(getattr(tenant, role))
    assert client.get(PAGE).status_code == 404
    assert client.get(CSV).status_code == 404


def test_anonymous_people_are_sent_to_log_in(client):
    for url in (PAGE, CSV):
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]


# Counts


def test_counts_per_organisation_and_county(tenant, other_tenant, course, case_index):
    vestland = county("Vestland", "46")
    a, b = tenant.organization, other_tenant.organization
    a.county = b.county = vestland
    a.save()
    b.save()
    for membership in (tenant.learner, tenant.lead):
        services.enrolment_create(user=membership.user, course=course.course, organization=a)
    complete_course(tenant.learner.user, course)
    services.enrolment_create(user=other_tenant.learner.user, course=course.course)
    complete_course(other_tenant.learner.user, course)
    MembershipFactory(organization=a, status="pending")  # not a member yet
    publish_case(case_index, title="Felles", organizations=[a, b])
    publish_case(case_index, title="Alene", organizations=[a])
    publish_case(case_index, title="Utkast", organizations=[a, b], live=False)
    inactive = OrganizationFactory(is_active=False)
    MembershipFactory(organization=inactive)
    OrganizationFactory(name="Tom kommune")  # nothing to show: left out

    picture = national_picture({})

    rows = {row.organization_id: row for row in picture.organizations}
    assert set(rows) == {a.pk, b.pk}
    assert (rows[a.pk].members, rows[a.pk].enrolled, rows[a.pk].completions) == (3, 2, 1)
    assert (rows[b.pk].members, rows[b.pk].enrolled, rows[b.pk].completions) == (3, 1, 1)
    assert (rows[a.pk].cases, rows[a.pk].joint_procurements) == (2, 1)
    assert (rows[b.pk].cases, rows[b.pk].joint_procurements) == (1, 1)
    assert rows[a.pk].county_name == "Vestland" and rows[a.pk].kind == "municipality"
    assert rows[a.pk].respondents == 0
    [row] = picture.counties
    assert (row.county_id, row.organizations, row.members) == (vestland.pk, 2, 6)
    assert (row.enrolled, row.completions, row.surveyed) == (3, 2, 0)
    assert picture.national.members == 6
    assert picture.national.capacity_hidden["acquisition"] == TOO_FEW_ORGANIZATIONS


def test_a_county_authority_counts_in_its_own_county(db):
    authority = county("Rogaland", "11")
    MembershipFactory(organization=authority)
    [row] = national_picture({}).organizations
    assert (row.county_id, row.county_name) == (authority.pk, "Rogaland")


# Capacity by county


def test_county_capacity_needs_three_organisations_with_five_respondents(db):
    vestland = county("Vestland", "46")
    orgs = [OrganizationFactory(county=vestland) for _ in range(4)]
    answered_round(orgs[0], 4, people=5)
    answered_round(orgs[1], 6, people=6)
    answered_round(orgs[3], 1, people=4)  # under 5: no mean, and left out of the county's

    picture = national_picture(live_capacities(*orgs))

    [row] = picture.counties
    assert row.surveyed == 2
    assert all(row.capacity[key] is None for key in (*DIMENSIONS, "potential", "realised"))
    assert row.capacity_hidden["acquisition"] == TOO_FEW_ORGANIZATIONS
    respondents = {r.organization_id: r.respondents for r in picture.organizations}
    assert respondents[orgs[3].pk] == 4

    answered_round(orgs[2], 5, people=5)
    picture = national_picture(live_capacities(*orgs))

    [row] = picture.counties
    assert row.surveyed == 3
    assert row.capacity["acquisition"] == pytest.approx(5.0)  # (4 + 6 + 5) / 3, not the 1
    assert row.capacity["realised"] == pytest.approx(5.0)
    assert row.capacity_hidden == {}
    assert picture.national.capacity["exploitation"] == pytest.approx(5.0)


def test_a_county_is_hidden_when_the_national_mean_would_give_away_the_rest(db):
    """Norway minus Vestland would be Agder's single organisation, so Vestland is hidden too."""
    vestland, agder = county("Vestland", "46"), county("Agder", "42")
    in_vestland = [MembershipFactory(organization__county=vestland).organization for _ in range(3)]
    in_agder = MembershipFactory(organization__county=agder).organization
    capacities = {org.pk: made_capacity(4.0) for org in in_vestland}
    capacities[in_agder.pk] = made_capacity(7.0)

    picture = national_picture(capacities)

    rows = {row.name: row for row in picture.counties}
    assert rows["Agder"].capacity_hidden["acquisition"] == TOO_FEW_ORGANIZATIONS
    assert rows["Vestland"].capacity["acquisition"] is None
    assert rows["Vestland"].capacity_hidden["acquisition"] == PROTECTS_OTHERS
    assert picture.national.capacity["acquisition"] == pytest.approx(4.75)


def test_the_county_table_says_why_a_mean_is_hidden(db):
    vestland, agder = county("Vestland", "46"), county("Agder", "42")
    in_vestland = [MembershipFactory(organization__county=vestland).organization for _ in range(3)]
    in_agder = MembershipFactory(organization__county=agder).organization
    capacities = {org.pk: made_capacity(4.0) for org in in_vestland}
    capacities[in_agder.pk] = made_capacity(7.0)

    with translation.override("en"):
        _, counties = national_tables(national_picture(capacities))

    assert counties.key == "nasjonalt-fylker"
    rows = {row[0]: row for row in counties.rows}
    assert list(rows) == ["Agder", "Vestland", "All of Norway"]
    assert rows["Agder"][6] == "Too few organisations"
    assert rows["Vestland"][6] == "Hidden to protect others"
    assert rows["All of Norway"][6] == pytest.approx(4.75)
    assert rows["All of Norway"][1:3] == [4, 4]


def test_the_picture_survives_a_snapshot(db):
    vestland = county("Vestland", "46")
    orgs = [MembershipFactory(organization__county=vestland).organization for _ in range(3)]
    picture = national_picture({org.pk: made_capacity(3.5) for org in orgs})
    assert from_json(NationalPicture, to_json(picture)) == picture


def test_query_count_does_not_grow_with_organisations(course, case_index):
    def build(count: int) -> dict:
        orgs = [MembershipFactory().organization for _ in range(count)]
        for org in orgs:
            member = MembershipFactory(organization=org)
            services.enrolment_create(user=member.user, course=course.course, organization=org)
            complete_course(member.user, course)
            publish_case(case_index, title=f"Sak {org.pk}", organizations=[org, orgs[0]])
        return {org.pk: made_capacity(4.0) for org in orgs}

    def queries(capacities: dict) -> int:
        with CaptureQueriesContext(connection) as context:
            national_picture(capacities)
        return len(context.captured_queries)

    small = queries(build(2))
    assert small == 5
    assert queries(build(6)) == small


# The page and the export


def _sized_organizations(vestland):
    """Three organisations with 1, 3 and 2 members."""
    big = MembershipFactory(organization__name="Bø kommune", organization__county=vestland)
    MembershipFactory.create_batch(2, organization=big.organization)
    small = MembershipFactory(organization__name="Ål kommune", organization__county=vestland)
    middle = MembershipFactory(organization__name="Askøy kommune")
    MembershipFactory(organization=middle.organization)
    return small.organization, big.organization, middle.organization


def _names_in_order(html: str, names) -> list[str]:
    return sorted(names, key=html.index)


def test_sorting_by_members_both_ways(mfa_login, staff):
    small, big, middle = _sized_organizations(county("Vestland", "46"))
    client = mfa_login(staff)
    names = [small.name, big.name, middle.name]

    ascending = client.get(PAGE, {"sorter": "medlemmer", "retning": "asc"}).content.decode()
    descending = client.get(PAGE, {"sorter": "medlemmer", "retning": "desc"}).content.decode()
    by_name = client.get(PAGE).content.decode()

    assert _names_in_order(ascending, names) == [small.name, middle.name, big.name]
    assert _names_in_order(descending, names) == [big.name, middle.name, small.name]
    assert _names_in_order(by_name, names) == [middle.name, big.name, small.name]  # å last
    assert 'aria-sort="ascending"' in ascending and 'aria-sort="descending"' in descending
    assert ascending.count("aria-sort=") == 1
    # The sorted header's link turns the direction around.
    assert "sorter=medlemmer&amp;retning=desc" in ascending


def test_county_filter_narrows_the_table_and_an_unknown_county_is_ignored(mfa_login, staff):
    vestland = county("Vestland", "46")
    small, big, middle = _sized_organizations(vestland)
    client = mfa_login(staff)

    page = client.get(PAGE, {"fylke": vestland.pk}).content.decode()
    table = page.split('id="organizations-heading"')[1].split('id="counties-heading"')[0]
    assert big.name in table and small.name in table and middle.name not in table

    response = client.get(PAGE, {"fylke": "999999"})
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["warning"]
    assert middle.name in response.content.decode()


def test_csv_has_bom_header_sorted_rows_and_no_formulas(mfa_login, staff):
    vestland = county("Vestland", "46")
    small, big, middle = _sized_organizations(vestland)
    sneaky = MembershipFactory(organization__name="=HYPERLINK(1)").organization
    client = mfa_login(staff)

    response = client.get(CSV, {"sorter": "medlemmer", "retning": "desc"})

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="nasjonalt-organisasjoner.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    lines = text.lstrip("\ufeff").splitlines()
    assert len(lines) == 1 + 4
    assert len(lines[0].split(";")) == 9
    assert [line.split(";")[0] for line in lines[1:3]] == [big.name, middle.name]
    assert lines[1].split(";")[1:4:2] == ["Vestland", "3"]
    assert f"'{sneaky.name}" in text and f";{sneaky.name}" not in text

    narrowed = client.get(CSV, {"fylke": vestland.pk}).content.decode("utf-8")
    assert middle.name not in narrowed and small.name in narrowed


def test_the_county_overview_shows_means_with_two_decimals(mfa_login, staff):
    vestland = county("Vestland", "46")
    orgs = [MembershipFactory(organization__county=vestland).organization for _ in range(3)]
    for org, value in zip(orgs, (4, 5, 5), strict=True):
        answered_round(org, value, people=5)
    page = mfa_login(staff).get(PAGE).content.decode()
    overview = page.split('id="counties-heading"')[1]
    assert "4,67" in overview  # (4 + 5 + 5) / 3, rounded
    assert "4,67" not in page.split('id="counties-heading"')[0]
