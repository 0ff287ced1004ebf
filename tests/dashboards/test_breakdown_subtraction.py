"""Without «leads see each person's status», hiding a small department's count is not enough:
the organisation's total minus the other departments' counts gives it back. These tests
subtract exactly that, on the organisation's page and between a department's page and the
organisation's."""

import pytest
from django.urls import reverse

from dashboards.services import snapshots_refresh
from dashboards.tables import HIDDEN, Suppressed
from learning import services
from organizations.small_groups import breakdown_safe
from tests.factories import DepartmentFactory, MembershipFactory

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("dashboards:organization")


@pytest.mark.parametrize(
    ("groups", "safe"),
    [
        ([(10, 7), (6, 5)], True),
        ([(10, 0), (6, 0)], True),
        ([(10, 7), (3, 0)], False),  # a department of three
        ([(10, 7), (6, 1)], False),  # one enrolled in a large department
        ([(10, 7), (0, 0)], True),  # an empty department reveals nothing
    ],
)
def test_a_breakdown_is_safe_only_without_small_groups_or_counts(groups, safe):
    assert breakdown_safe(groups) is safe


@pytest.fixture
def two_departments(tenant, course):
    """A large department where six have started the course, and one where a single person
    has: the organisation's total is seven, so «7 - 6» would say who."""
    organization = tenant.organization
    organization.leads_see_person_status = False
    organization.save()
    large = DepartmentFactory(organization=organization, name="Stor")
    small = DepartmentFactory(organization=organization, name="Liten")
    for _ in range(6):
        member = MembershipFactory(organization=organization, department=large)
        services.enrolment_create(user=member.user, course=course.course)
    for index in range(6):
        member = MembershipFactory(organization=organization, department=small)
        if index == 0:
            services.enrolment_create(user=member.user, course=course.course)
    snapshots_refresh(organization)
    return large, small


def _table(response, key):
    return response.context["page"].table(key)


def test_the_department_table_hides_a_column_that_a_subtraction_would_reveal(
    mfa_login, tenant, two_departments
):
    page = mfa_login(tenant.lead).get(DASHBOARD)

    rows = {row[0]: row for row in _table(page, "deltakelse-avdeling").rows}
    enrolled = 2  # the «Enrolled» column
    assert rows["Stor"][enrolled] is HIDDEN  # 6 shown beside a total of 7 would give the 1
    assert rows["Liten"][enrolled] is not None and isinstance(rows["Liten"][enrolled], Suppressed)


def test_a_departments_own_page_shows_no_counts_to_subtract(mfa_login, tenant, two_departments):
    large, _small = two_departments
    page = mfa_login(tenant.lead).get(DASHBOARD, {"avdeling": large.pk})

    totals = _table(page, "deltakelse")
    assert totals.rows
    assert all(row[1] is HIDDEN for row in totals.rows)
    assert "Stor" in page.content.decode()
    cards = page.context["page"].overview.figures
    assert [card.value for card in cards[:4]] == [str(HIDDEN)] * 4


def test_with_the_setting_on_the_department_page_shows_its_counts(
    mfa_login, tenant, two_departments
):
    tenant.organization.leads_see_person_status = True
    tenant.organization.save()
    large, _small = two_departments

    page = mfa_login(tenant.lead).get(DASHBOARD, {"avdeling": large.pk})

    totals = {row[0]: row[1] for row in _table(page, "deltakelse").rows}
    assert 6 in totals.values()
