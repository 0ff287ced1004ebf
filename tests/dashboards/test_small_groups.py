"""With «leads see each person's status» off, no count of fewer than 5 people reaches a lead,
on the page or in an export, in any breakdown (issue 13, part 6; organizations/small_groups.py).
The attack: a department with one person in it."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from dashboards.services import snapshots_refresh
from dashboards.tables import FEW_PEOPLE, HIDDEN
from learning import services
from tests.factories import DepartmentFactory, MembershipFactory

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("dashboards:organization")
# Table key → the breakdown the one-person department is attacked through, and whether the
# department filter narrows the page to it (True) or the row is found by its name (False).
BREAKDOWNS = {
    "deltakelse": True,  # the department's totals
    "deltakelse-kurs": True,  # course
    "deltakelse-rolle": True,  # role
    "deltakelse-maned": True,  # month
    "deltakelse-avdeling": False,  # department
    "oppdrag": False,  # assignment
}
LONELY = "Ensom avdeling"


@pytest.fixture
def lonely(tenant, course):
    """A department of one person who has done the whole course this month, and a course
    assigned to that department alone; the organisation does not let leads see each person."""
    organization = tenant.organization
    organization.leads_see_person_status = False
    organization.save()
    department = DepartmentFactory(organization=organization, name=LONELY)
    person = MembershipFactory(organization=organization, department=department)
    services.enrolment_create(user=person.user, course=course.course)
    for step in course.steps:
        services.step_complete(user=person.user, step=step)
    services.assignment_create(
        organization=organization,
        course=course.course,
        due_date=timezone.localdate() + timedelta(days=30),
        assigned_by=tenant.lead.user,
        department=department,
    )
    return department


def _params(department, narrowed: bool) -> dict:
    return {"avdeling": department.pk} if narrowed else {}


def _attacked_rows(rows: list[list], narrowed: bool) -> list[list]:
    """All rows of a page narrowed to the department; otherwise the department's own row."""
    if narrowed:
        return rows
    return [row for row in rows if LONELY in str(row[0]) or row[1] == LONELY]


@pytest.mark.parametrize(("key", "narrowed"), BREAKDOWNS.items())
def test_the_page_shows_no_count_of_the_one_person_department(
    mfa_login, tenant, lonely, key, narrowed
):
    client = mfa_login(tenant.lead)
    page = client.get(DASHBOARD, _params(lonely, narrowed)).context["page"]
    rows = _attacked_rows(page.table(key).rows, narrowed)
    assert rows, "the department's figures should be in the table"
    for row in rows:
        numbers = [cell for cell in row[1:] if isinstance(cell, int | float)]
        assert numbers == [], row
        assert FEW_PEOPLE in row or HIDDEN in row


@pytest.mark.parametrize(("key", "narrowed"), BREAKDOWNS.items())
def test_the_exports_show_no_count_of_the_one_person_department(
    mfa_login, tenant, lonely, key, narrowed
):
    client = mfa_login(tenant.lead)
    params = _params(lonely, narrowed)
    csv_response = client.get(reverse("dashboards:export", args=[key, "csv"]), params)
    text = csv_response.content.decode("utf-8-sig")
    csv_rows = list(csv.reader(io.StringIO(text), delimiter=";"))[1:]
    xlsx_response = client.get(reverse("dashboards:export", args=[key, "xlsx"]), params)
    sheet = load_workbook(io.BytesIO(xlsx_response.content)).active
    xlsx_rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    with translation.override("nb"):
        hidden = {str(FEW_PEOPLE), str(HIDDEN)}
    for rows, first_number in ((csv_rows, 1), (xlsx_rows, 1)):
        attacked = _attacked_rows(rows, narrowed)
        assert attacked
        for row in attacked:
            cells = row[first_number:]
            if key == "oppdrag":
                cells = row[3:]  # course, for whom, due date, then the counts
            assert all(cell in hidden for cell in cells if cell not in ("", None)), row


def test_the_assignments_page_shows_no_count_of_the_one_person_department(
    mfa_login, tenant, lonely
):
    html = mfa_login(tenant.lead).get(reverse("learning:assignments")).content.decode()
    with translation.override("nb"):
        hidden = str(FEW_PEOPLE)
    row = html.split(LONELY, 1)[1].split("</tr>", 1)[0]
    assert row.count(hidden) == 5
    assert '<td class="spire-num">1</td>' not in row


def test_turning_the_setting_off_hides_the_counts_at_once(mfa_login, tenant, lonely):
    """The snapshot was computed while the setting was on; the page follows the setting now,
    without a new snapshot."""
    organization = tenant.organization
    organization.leads_see_person_status = True
    organization.save()
    snapshots_refresh(organization)
    client = mfa_login(tenant.lead)
    by_course = client.get(DASHBOARD, {"avdeling": lonely.pk}).context["page"]
    assert by_course.table("deltakelse-kurs").rows[0][1:] == [1, 1]

    organization.leads_see_person_status = False
    organization.save()
    page = client.get(DASHBOARD, {"avdeling": lonely.pk}).context["page"]
    # A department's own page shows no counts at all without the setting (any size could be
    # subtracted from the organisation's), so the small department's are gone with them.
    assert page.table("deltakelse-kurs").rows[0][1:] == [HIDDEN, HIDDEN]


def test_with_the_setting_on_only_status_is_shown_for_a_small_group(mfa_login, tenant, lonely):
    """Completion status is what the setting promises; activity is not."""
    organization = tenant.organization
    organization.leads_see_person_status = True
    organization.save()
    page = mfa_login(tenant.lead).get(DASHBOARD, {"avdeling": lonely.pk}).context["page"]
    members, enrolled, active, completed = (row[1] for row in page.table("deltakelse").rows)
    assert (members, enrolled, completed) == (1, 1, 1)
    assert active is FEW_PEOPLE
    assert all(FEW_PEOPLE in row[1:] for row in page.table("deltakelse-maned").rows)
    [assignment] = page.table("oppdrag").rows
    assert assignment[3:] == [1, 1, 0, 0, 0]
