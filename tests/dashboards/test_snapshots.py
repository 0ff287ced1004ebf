"""Snapshots: the nightly task stores exactly what the live selectors compute (a property test
over random organisations), computing again replaces rather than adds, and the dashboard reads
the stored figures until they are computed again."""

import re
from datetime import timedelta

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.models import Attempt
from dashboards import tasks
from dashboards.models import Snapshot
from dashboards.selectors.dashboard import dashboard_data
from dashboards.selectors.snapshots import stored_dashboard
from dashboards.services import snapshots_refresh
from learning.models import CourseCompletion, Enrolment, StepCompletion
from tests.factories import DepartmentFactory, MembershipFactory

pytestmark = pytest.mark.django_db
DASHBOARD = reverse("dashboards:organization")

person = st.fixed_dictionaries(
    {
        "department": st.sampled_from([None, 0, 1]),
        "is_lead": st.booleans(),
        "enrolled_days_ago": st.one_of(st.none(), st.integers(0, 500)),
        "steps_days_ago": st.lists(st.integers(0, 500), max_size=4, unique=True),
        "completed": st.booleans(),
        "percents": st.lists(st.integers(0, 100), max_size=3),
    }
)


def _ago(days: int):
    # Half a day off the boundary, so live and stored "last N days" agree on every row.
    return timezone.now() - timedelta(days=days, hours=12)


def _person_add(tenant, course, quiz, departments, spec) -> None:
    department = None if spec["department"] is None else departments[spec["department"]]
    member = MembershipFactory(
        organization=tenant.organization, department=department, is_lead=spec["is_lead"]
    )
    user = member.user
    if spec["enrolled_days_ago"] is not None:
        enrolment = Enrolment.objects.create(user=user, course=course.course)
        Enrolment.objects.filter(pk=enrolment.pk).update(started_at=_ago(spec["enrolled_days_ago"]))
    for step, days in zip(course.steps, spec["steps_days_ago"], strict=False):
        done = StepCompletion.objects.create(user=user, step=step, course=course.course)
        StepCompletion.objects.filter(pk=done.pk).update(completed_at=_ago(days))
    if spec["completed"]:
        CourseCompletion.objects.create(
            user=user, course=course.course, course_title="Testkurs", person_name="Test"
        )
    for number, percent in enumerate(spec["percents"], start=1):
        Attempt.objects.create(
            user=user,
            quiz=quiz,
            number=number,
            layout=[],
            submitted_at=timezone.now(),
            percent=percent,
            passed=percent >= quiz.pass_mark,
        )


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(people=st.lists(person, max_size=16))
def test_a_snapshot_equals_the_live_figures(tenant, quiz, people):
    with transaction.atomic():
        departments = [
            tenant.admin.department,
            DepartmentFactory(organization=tenant.organization, name="Helse"),
        ]
        for spec in people:
            _person_add(tenant, quiz, quiz.quiz, departments, spec)
        organization = tenant.organization
        snapshots_refresh(organization)
        for department in [None, *departments]:
            stored = stored_dashboard(organization, department)
            # The live read takes the knowledge figures as last released, as the snapshot did.
            assert stored.data == dashboard_data(organization, department)
        transaction.set_rollback(True)  # each example starts from the same two tenants


def test_computing_twice_leaves_one_snapshot_per_organisation_and_department(tenant):
    tasks.refresh_organization_snapshots.delay(tenant.organization.pk)
    tasks.refresh_organization_snapshots.delay(tenant.organization.pk)
    departments = tenant.organization.departments.count()
    assert Snapshot.objects.filter(organization=tenant.organization).count() == 1 + departments
    assert (
        Snapshot.objects.filter(organization=tenant.organization, department__isnull=True).count()
        == 1
    )


def test_the_nightly_task_covers_every_organisation_with_members(tenant, other_tenant):
    assert tasks.refresh_all_snapshots.delay().get() == 2
    keys = set(Snapshot.objects.values_list("key", flat=True))
    assert Snapshot.key_for(tenant.organization.pk) in keys
    assert Snapshot.key_for(other_tenant.organization.pk) in keys
    tasks.refresh_national_snapshot.delay()
    assert Snapshot.objects.filter(key="national").count() == 1


def _enrolled(response) -> str:
    """The «enrolled in at least one course» figure as the page shows it."""
    with translation.override("nb"):
        label = gettext("Enrolled in at least one course")
    html = response.content.decode()
    return re.search(rf'<th scope="row">{label}</th><td class="spire-num">(\d+)</td>', html)[1]


def test_the_dashboard_reads_the_snapshot_until_it_is_computed_again(mfa_login, tenant, course):
    client = mfa_login(tenant.lead)
    client.get(DASHBOARD)  # the first visit computes the snapshot
    Enrolment.objects.create(user=tenant.learner.user, course=course.course)

    # The second visit shows the cached page; its figures are the snapshot's all the same.
    assert _enrolled(client.get(DASHBOARD)) == "0"  # still the stored figure

    response = client.post(reverse("dashboards:refresh"), {"filtre": "periode=12m"})
    assert response.status_code == 302 and response.url.endswith("?periode=12m")
    assert _enrolled(client.get(DASHBOARD)) == "1"


def test_refresh_needs_a_post_and_a_lead(login, mfa_login, tenant):
    assert mfa_login(tenant.lead).get(reverse("dashboards:refresh")).status_code == 405
    assert login(tenant.learner).post(reverse("dashboards:refresh")).status_code == 403


def test_quiz_sums_are_read_once_for_the_organisation_and_all_its_departments(tenant, quiz):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from dashboards.services import snapshots_refresh

    def attempt_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            snapshots_refresh(tenant.organization)
        return sum('"assessments_attempt"' in query["sql"] for query in queries)

    _person_add(tenant, quiz, quiz.quiz, [None], {**EMPTY_PERSON, "percents": [80]})
    with_one_department = attempt_queries()
    for name in ("Helse", "Oppvekst", "Kultur"):
        DepartmentFactory(organization=tenant.organization, name=name)
    assert attempt_queries() == with_one_department


EMPTY_PERSON = {
    "department": None,
    "is_lead": False,
    "enrolled_days_ago": None,
    "steps_days_ago": [],
    "completed": False,
    "percents": [],
}


def test_a_whole_number_in_a_float_field_comes_back_as_a_float():
    from dataclasses import dataclass

    from core.codec import from_json

    @dataclass(frozen=True)
    class Figure:
        mean: float | None
        values: list[float]

    figure = from_json(Figure, {"mean": 4, "values": [1, 2.5]})

    assert figure == Figure(mean=4.0, values=[1.0, 2.5])
    assert isinstance(figure.mean, float) and isinstance(figure.values[0], float)
    assert from_json(Figure, {"mean": None, "values": []}).mean is None
