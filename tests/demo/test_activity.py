"""The demo gives each demo municipality's lead a true and useful dashboard: enough people
behind the quiz figures, a gain from pre-test to final test, county and national capacity
averages, an overdue assignment, a department too small to show scores; and loading the demo
again adds nothing."""

import csv
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from assessments.models import Answer, Attempt, SurveyAnswer, SurveyResponse, SurveyRound
from assessments.scoring import MIN_GROUP_SIZE
from cases.models import CaseRead
from dashboards.models import Snapshot
from dashboards.selectors.snapshots import stored_comparison, stored_dashboard
from demo import activity as demo_activity
from demo.people import DEMO_DEPARTMENTS
from learning.models import Assignment, CourseCompletion, Enrolment, StepCompletion
from organizations.models import Department, Membership, Organization, OrganizationKind
from tests.factories.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db

MUNICIPALITIES_CSV = Path(__file__).parents[2] / "organizations" / "data" / "municipalities.csv"
COUNTED = (
    Membership,
    Enrolment,
    StepCompletion,
    CourseCompletion,
    Attempt,
    Answer,
    Assignment,
    SurveyRound,
    SurveyResponse,
    SurveyAnswer,
    CaseRead,
    Snapshot,
)


def _demo(*args) -> None:
    call_command("setup_demo", *args, verbosity=0, stdout=StringIO())


def _rows() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in (get_user_model(), *COUNTED)}


def _municipality(name: str) -> Organization:
    return Organization.objects.get(kind=OrganizationKind.MUNICIPALITY, name=name)


def test_the_demo_gives_each_lead_a_true_and_useful_dashboard_and_loads_once(settings, client):
    settings.DEBUG = True
    _demo("--without-courses")  # the lighter load first, as the other page tests use it
    _demo()  # now with the courses, and the activity in them
    loaded = _rows()
    _demo()
    assert _rows() == loaded

    users = get_user_model().objects
    assert users.filter(email__endswith="bergen.kommune.no").count() == 3 + 24
    assert CourseCompletion.objects.filter(user__email="laerer@bergen.kommune.no").count() == 1

    bergen, stavanger = _municipality("Bergen"), _municipality("Stavanger")
    _assert_bergen_dashboard(bergen)
    _assert_stavanger_dashboard(stavanger)

    lead = Membership.objects.get(user__email="leder@bergen.kommune.no")
    log_in_with_mfa(client, lead.user)
    response = client.get(reverse("dashboards:organization"))
    assert response.status_code == 200
    assert response.context["page"].capacity.answered >= MIN_GROUP_SIZE


def _assert_bergen_dashboard(bergen: Organization) -> None:
    data = stored_dashboard(bergen).data
    shown = [q for q in data.knowledge.quizzes if not q.suppressed]
    assert any(q.people >= MIN_GROUP_SIZE for q in shown)
    assert any(q.passed < q.people for q in shown)  # not everyone passes at once
    assert len({round(q.mean_percent) for q in shown}) > 1
    [gain] = [g for g in data.knowledge.gains if g.course_title.endswith("grunnkurs")]
    assert not gain.suppressed and gain.people >= MIN_GROUP_SIZE
    assert gain.mean_final > gain.mean_pretest

    totals = data.participation["all"].totals
    assert totals.members == 27 and totals.enrolled == 27  # the basic course is assigned
    assert 0 < totals.active < totals.members
    assert all(d.counts.members >= 5 for d in data.participation["all"].by_department)
    months = [m.active for m in data.monthly]
    assert sum(1 for n in months if n) >= 6  # spread over the year
    assert sum(months[-3:]) > sum(months[:3])  # and busier lately

    assert data.capacity.answered >= MIN_GROUP_SIZE
    assert data.capacity.previous_round_title and data.capacity.changes
    comparison = stored_comparison(bergen)
    assert comparison.county_name == "Vestland"
    assert comparison.county["acquisition"] is not None
    assert comparison.national["realised"] is not None

    assert data.sharing.readers >= 5 and data.sharing.read_elsewhere


def _assert_stavanger_dashboard(stavanger: Organization) -> None:
    data = stored_dashboard(stavanger).data
    [overdue] = [a for a in data.assignments if a.department_name == "Innkjøp"]
    assert overdue.due_date < timezone.localdate()
    assert overdue.done_on_time and overdue.done_late and overdue.overdue
    assert stored_comparison(stavanger).county["exploitation"] is not None

    small = stavanger.departments.get(name="Digitalisering")
    takers = (
        Attempt.objects.filter(user__memberships__department=small)
        .values("user")
        .distinct()
        .count()
    )
    assert 0 < takers < MIN_GROUP_SIZE
    department_data = stored_dashboard(stavanger, small).data
    assert department_data.knowledge.quizzes
    assert all(q.suppressed and q.people is None for q in department_data.knowledge.quizzes)
    whole = [q for q in data.knowledge.quizzes if q.quiz_title == "Forhåndstest"]
    assert any(not q.suppressed for q in whole)  # the organisation's figure is still there


# --- The pieces, without loading the whole demo ---------------------------------------------


def test_email_domains_are_the_real_ones():
    with MUNICIPALITIES_CSV.open(encoding="utf-8") as file:
        domains = {row["name"]: row["email_domain"] for row in csv.DictReader(file)}
    for name in demo_activity.MUNICIPALITIES:
        assert demo_activity.email_domain(name) == domains[name]


def test_staff_fill_every_demo_department_with_unique_names():
    for municipality, departments in DEMO_DEPARTMENTS.items():
        staff = demo_activity.staff_departments(municipality)
        assert len(staff) == 24
        assert set(staff) == set(departments)
        names = [demo_activity.staff_name(municipality, n) for n in range(1, len(staff) + 1)]
        assert len(set(names)) == len(names)
    assert (
        demo_activity.staff_departments("Sola") == [None] * demo_activity.SURVEY_ONLY_STAFF["Sola"]
    )


def test_plans_are_fixed_and_keep_one_department_small():
    now = timezone.now()
    named = {"Oppvekst": 1}
    first = demo_activity.learner_plans("Stavanger", now, named)
    assert demo_activity.learner_plans("Stavanger", now, named) == first
    departments = demo_activity.staff_departments("Stavanger")
    started: dict[str, int] = {}
    for department, plan in zip(departments, first, strict=True):
        takes_basic = any(c.slug == demo_activity.BASIC for c in plan.courses)
        started[department] = started.get(department, 0) + takes_basic
    assert started.pop("Digitalisering") == demo_activity.SMALL_DEPARTMENT_QUIZ_TAKERS
    assert all(n + named.get(d, 0) >= MIN_GROUP_SIZE for d, n in started.items())
    assigned = [
        plan
        for department, plan in zip(departments, first, strict=True)
        if department == demo_activity.ASSIGNED_DEPARTMENT
    ]
    assert (
        sum(any(c.slug == demo_activity.ASSIGNED_COURSE for c in p.courses) for p in assigned) == 5
    )


def test_staff_from_an_older_demo_get_a_name_and_department(settings):
    call_command("load_municipalities", stdout=StringIO())
    bergen = _municipality("Bergen")
    for name in DEMO_DEPARTMENTS["Bergen"]:
        Department.objects.create(organization=bergen, name=name)
    old = get_user_model().objects.create_user(
        email="ansatt1@bergen.kommune.no", full_name="Ansatt 1 Bergen"
    )
    Membership.objects.create(user=old, organization=bergen, status="active")

    staff = demo_activity.demo_staff_ensure(bergen)
    demo_activity.demo_staff_ensure(bergen)

    assert len(staff) == 24 and staff[0].pk == old.pk
    old.refresh_from_db()
    assert old.full_name == demo_activity.staff_name("Bergen", 1)
    membership = Membership.objects.get(user=old, organization=bergen)
    assert membership.department.name == demo_activity.staff_departments("Bergen")[0]
    assert Membership.objects.filter(organization=bergen).count() == 24
