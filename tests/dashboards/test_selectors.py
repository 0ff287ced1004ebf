"""The dashboard's figures: counted right, scoped to the organisation, constant in queries,
and scores hidden for groups under five (including a department that could otherwise be
derived by subtraction)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from assessments.models import Attempt
from dashboards.selectors.knowledge import knowledge
from dashboards.selectors.participation import participation
from learning import services
from learning.models import CourseCompletion, Enrolment, StepCompletion
from tests.factories import DepartmentFactory, MembershipFactory, members
from tests.factories.dashboards import released_knowledge
from tests.factories.quizzes import submitted_attempt

pytestmark = pytest.mark.django_db


def complete_course(user, course):
    for step in course.steps:
        services.step_complete(user=user, step=step)


def test_participation_counts_members_enrolled_active_and_completions(tenant, other_tenant, course):
    org = tenant.organization
    services.enrolment_create(user=tenant.learner.user, course=course.course, organization=org)
    complete_course(tenant.learner.user, course)
    services.enrolment_create(user=tenant.lead.user, course=course.course, organization=org)
    # Another organisation's people never count.
    services.enrolment_create(user=other_tenant.learner.user, course=course.course)
    complete_course(other_tenant.learner.user, course)

    result = participation(org)

    assert result.totals.members == 3
    assert result.totals.enrolled == 2
    assert result.totals.active == 1
    assert result.totals.completions == 1
    [row] = result.by_course
    assert (row.title, row.enrolled, row.completed) == ("Testkurs", 2, 1)
    by_dept = {d.name: d.counts for d in result.by_department}
    assert by_dept["Innkjøp"].members == 1 and by_dept["Innkjøp"].enrolled == 0
    assert by_dept[None].members == 2 and by_dept[None].completions == 1
    by_role = {r.role: r.counts for r in result.by_role}
    assert by_role["learner"].members == 1 and by_role["learner"].completions == 1
    assert by_role["lead"].members == 1 and by_role["lead"].enrolled == 1
    assert by_role["admin"].members == 1 and by_role["admin"].enrolled == 0


def test_pending_members_and_old_activity_do_not_count(tenant, course):
    pending = MembershipFactory(organization=tenant.organization, status="pending")
    services.enrolment_create(user=pending.user, course=course.course)
    services.enrolment_create(user=tenant.learner.user, course=course.course)
    services.step_complete(user=tenant.learner.user, step=course.steps[0])
    StepCompletion.objects.update(completed_at=timezone.now() - timedelta(days=31))

    totals = participation(tenant.organization).totals

    assert totals.members == 3
    assert totals.enrolled == 1
    assert totals.active == 0


def test_department_and_period_filters(tenant, course):
    org = tenant.organization
    department = tenant.admin.department
    for membership in (tenant.admin, tenant.learner):
        services.enrolment_create(user=membership.user, course=course.course, organization=org)
        complete_course(membership.user, course)
    Enrolment.objects.filter(user=tenant.learner.user).update(
        started_at=timezone.now() - timedelta(days=100)
    )
    CourseCompletion.objects.filter(user=tenant.learner.user).update(
        completed_at=timezone.now() - timedelta(days=100)
    )

    in_department = participation(org, department=department)
    assert in_department.totals.members == 1
    assert in_department.totals.completions == 1
    assert [d.name for d in in_department.by_department] == ["Innkjøp"]

    recent = participation(org, since=timezone.now() - timedelta(days=10))
    assert recent.totals.members == 3
    assert recent.totals.enrolled == 1
    assert recent.totals.completions == 1
    assert recent.by_course[0].completed == 1


def test_another_organisations_department_is_refused(tenant, other_tenant):
    with pytest.raises(ValueError):
        participation(tenant.organization, department=other_tenant.admin.department)
    with pytest.raises(ValueError):
        released_knowledge(tenant.organization, department=other_tenant.admin.department)


def test_knowledge_is_suppressed_below_five_people(tenant, quiz):
    people = members(tenant, 4)
    for membership in people:
        submitted_attempt(membership, quiz.quiz, 80)

    [row] = released_knowledge(tenant.organization).quizzes

    assert row.suppressed
    assert row.people is None and row.mean_percent is None and row.pass_rate is None


def test_knowledge_is_shown_at_five_people_with_best_score_per_person(tenant, other_tenant, quiz):
    people = members(tenant, 5)
    for membership, percent in zip(people, [100, 80, 60, 50, 40], strict=True):
        submitted_attempt(membership, quiz.quiz, percent)
    submitted_attempt(people[4], quiz.quiz, 90, number=2)  # best of two counts: 90
    submitted_attempt(other_tenant.learner, quiz.quiz, 0)  # another organisation: ignored

    [row] = released_knowledge(tenant.organization).quizzes

    assert not row.suppressed
    assert row.people == 5
    assert row.passed == 3  # 100, 80, 90 reach the pass mark of 75
    assert row.pass_rate == 60
    assert row.mean_percent == pytest.approx((100 + 80 + 60 + 50 + 90) / 5)
    assert (row.course_title, row.module_title, row.quiz_title) == (
        "Testkurs",
        "Modul 1",
        "Quiz modul 1",
    )


def test_unsubmitted_attempts_do_not_count(tenant, quiz):
    people = members(tenant, 5)
    for membership in people[:4]:
        submitted_attempt(membership, quiz.quiz, 80)
    Attempt.objects.create(user=people[4].user, quiz=quiz.quiz, number=1, layout=[])

    [row] = released_knowledge(tenant.organization).quizzes

    assert row.suppressed


def test_department_knowledge_needs_five_people(tenant, quiz):
    small = DepartmentFactory(organization=tenant.organization, name="Lite")
    for membership in members(tenant, 4, small):
        submitted_attempt(membership, quiz.quiz, 80)

    [row] = released_knowledge(tenant.organization, department=small).quizzes

    assert row.suppressed


def test_department_knowledge_is_hidden_when_another_group_is_small(tenant, quiz):
    """The organisation (9) minus a shown department (5) would reveal a group of 4."""
    large = DepartmentFactory(organization=tenant.organization, name="Stor")
    small = DepartmentFactory(organization=tenant.organization, name="Liten")
    for membership in members(tenant, 5, large):
        submitted_attempt(membership, quiz.quiz, 80)
    for membership in members(tenant, 4, small):
        submitted_attempt(membership, quiz.quiz, 20)

    [organization_row] = released_knowledge(tenant.organization).quizzes
    [large_row] = released_knowledge(tenant.organization, department=large).quizzes
    [small_row] = released_knowledge(tenant.organization, department=small).quizzes

    assert not organization_row.suppressed and organization_row.people == 9
    assert large_row.suppressed
    assert small_row.suppressed


def test_department_knowledge_is_shown_when_every_group_is_large_enough(tenant, quiz):
    first = DepartmentFactory(organization=tenant.organization, name="Første")
    second = DepartmentFactory(organization=tenant.organization, name="Andre")
    for membership in members(tenant, 5, first):
        submitted_attempt(membership, quiz.quiz, 80)
    for membership in members(tenant, 5, second):
        submitted_attempt(membership, quiz.quiz, 40)

    [row] = released_knowledge(tenant.organization, department=first).quizzes

    assert not row.suppressed
    assert row.people == 5 and row.pass_rate == 100 and row.mean_percent == 80


def _measure(function):
    with CaptureQueriesContext(connection) as queries:
        function()
    return len(queries)


def test_query_count_does_not_grow_with_members(tenant, quiz):
    org = tenant.organization
    department = tenant.admin.department

    def populate(count):
        for membership in members(tenant, count, department):
            services.enrolment_create(user=membership.user, course=quiz.course, organization=org)
            services.step_complete(user=membership.user, step=quiz.steps[0])
            submitted_attempt(membership, quiz.quiz, 80)

    def read():
        participation(org, department=department, since=timezone.now() - timedelta(1))
        knowledge(org, department=department)
        participation(org)
        knowledge(org)

    populate(3)
    released_knowledge(org)
    small = _measure(read)
    populate(27)
    released_knowledge(org)
    large = _measure(read)

    assert small == large
