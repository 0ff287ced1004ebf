"""The assignments section: counts on time, late, not done and overdue; the department filter
and role-targeted assignments; a constant number of queries; the per-person page only for the
organisation's own assignments and only where the organisation allows it."""

import re
from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from dashboards.selectors.assignments import PEOPLE_PER_PAGE, assignment_people, assignments
from dashboards.tables import Kind
from dashboards.tables.assignments import assignments_tables
from learning.models import Assignment, CourseCompletion
from tests.factories import DepartmentFactory, MembershipFactory, UserFactory
from tests.factories.mfa import enable_mfa

pytestmark = pytest.mark.django_db


def _assign(organization, course, due_date: date, *, department=None, role="") -> Assignment:
    return Assignment.objects.create(
        organization=organization,
        course=course.course,
        due_date=due_date,
        department=department,
        role=role,
    )


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def _complete(membership, course, at: datetime) -> None:
    completion = CourseCompletion.objects.create(
        user=membership.user,
        course=course.course,
        course_title=course.course.title,
        person_name=str(membership.user),
    )
    CourseCompletion.objects.filter(pk=completion.pk).update(completed_at=at)


def _members(organization, count, **fields):
    return [MembershipFactory(organization=organization, **fields) for _ in range(count)]


def _url(assignment) -> str:
    return reverse("dashboards:assignment_people", args=[assignment.pk])


def test_counts_on_time_late_not_done_and_overdue(tenant, other_tenant, course):
    org = tenant.organization
    due = timezone.localdate() - timedelta(days=5)
    past = _assign(org, course, due)
    future = _assign(org, course, timezone.localdate() + timedelta(days=5))
    _members(org, 2)  # not done
    MembershipFactory(organization=org, status="pending")  # not a member yet: never counts
    _complete(tenant.admin, course, _local(due - timedelta(days=3), 12))
    # Dates are local: 23:30 on the due date is on time, 00:30 the day after is late, though
    # in UTC both fall on the due date.
    _complete(tenant.learner, course, _local(due, 23, 30))
    _complete(tenant.lead, course, _local(due + timedelta(days=1), 0, 30))
    _complete(other_tenant.learner, course, _local(due, 12))

    rows = {row.assignment_id: row for row in assignments(org)}

    assert set(rows) == {past.pk, future.pk}
    row = rows[past.pk]
    assert (row.members, row.done_on_time, row.done_late, row.not_done, row.overdue) == (
        5,
        2,
        1,
        2,
        2,
    )
    assert row.course_title == "Testkurs"
    assert (row.department_name, row.role, row.due_date) == (None, "", due)
    ahead = rows[future.pk]
    assert (ahead.members, ahead.done_on_time, ahead.done_late) == (5, 3, 0)
    assert (ahead.not_done, ahead.overdue) == (2, 0)
    assert [r.assignment_id for r in assignments(org)] == [past.pk, future.pk]  # soonest first
    assert assignments(other_tenant.organization) == []


def test_department_filter_narrows_members_and_skips_other_departments(tenant, course):
    org = tenant.organization
    purchasing = tenant.admin.department
    operations = DepartmentFactory(organization=org, name="Drift")
    _members(org, 2, department=purchasing)
    _members(org, 3, department=operations)
    due = timezone.localdate() + timedelta(days=10)
    everyone = _assign(org, course, due)
    for_purchasing = _assign(org, course, due, department=purchasing)
    for_operations = _assign(org, course, due, department=operations)
    _complete(tenant.admin, course, timezone.now())

    whole = {row.assignment_id: row for row in assignments(org)}
    narrowed = {row.assignment_id: row for row in assignments(org, purchasing)}

    assert whole[everyone.pk].members == 8
    assert whole[for_purchasing.pk].members == 3
    assert whole[for_purchasing.pk].department_name == purchasing.name
    assert whole[for_operations.pk].members == 3
    assert set(narrowed) == {everyone.pk, for_purchasing.pk}
    assert narrowed[everyone.pk].members == 3
    assert narrowed[everyone.pk].done_on_time == 1
    assert narrowed[everyone.pk].not_done == 2
    assert narrowed[for_purchasing.pk].members == 3
    assert assignments(org, operations)[0].done_on_time == 0


def test_role_targeted_assignments_count_only_that_role(tenant, course):
    org = tenant.organization
    purchasing = tenant.admin.department
    MembershipFactory(organization=org, is_lead=True, department=purchasing)
    _members(org, 4)
    due = timezone.localdate() - timedelta(days=1)
    for_leads = _assign(org, course, due, role="lead")
    for_purchasing_leads = _assign(org, course, due, role="lead", department=purchasing)
    for_admins = _assign(org, course, due, role="admin")
    _complete(tenant.lead, course, _local(due, 9))
    _complete(tenant.learner, course, _local(due, 9))  # not a lead: never counts here

    rows = {row.assignment_id: row for row in assignments(org)}

    leads = rows[for_leads.pk]
    assert (leads.role, leads.members, leads.done_on_time, leads.overdue) == ("lead", 2, 1, 1)
    assert rows[for_purchasing_leads.pk].members == 1
    assert rows[for_purchasing_leads.pk].done_on_time == 0
    assert (rows[for_admins.pk].members, rows[for_admins.pk].not_done) == (1, 1)


def test_another_organisations_department_is_refused(tenant, other_tenant):
    with pytest.raises(ValueError):
        assignments(tenant.organization, other_tenant.admin.department)


def _queries(callable_) -> int:
    with CaptureQueriesContext(connection) as captured:
        callable_()
    return len(captured.captured_queries)


def test_query_count_does_not_grow_with_members_or_assignments(tenant, course_index):
    from tests.factories.courses import build_course

    org = tenant.organization
    department = tenant.admin.department
    courses = [build_course(course_index, f"Kurs {n}", modules=1, lessons=1) for n in range(3)]
    due = timezone.localdate()
    _assign(org, courses[0], due)
    for member in _members(org, 2, department=department):
        _complete(member, courses[0], timezone.now())
    small = (_queries(lambda: assignments(org)), _queries(lambda: assignments(org, department)))

    for n, extra in enumerate(courses[1:]):
        _assign(org, extra, due, department=department if n else None, role="lead" if n else "")
    for member in _members(org, 25, department=department):
        for each in courses:
            _complete(member, each, timezone.now())
    large = (_queries(lambda: assignments(org)), _queries(lambda: assignments(org, department)))

    assert len(assignments(org)) == 3
    assert assignments(org)[0].members == 30
    assert small == large == (4, 4)  # assignments, members, completions, who started


def test_people_selector_query_count_is_fixed(tenant, course):
    org = tenant.organization
    assignment = _assign(org, course, timezone.localdate())
    _members(org, 2)
    small = _queries(lambda: assignment_people(org, assignment.pk, 1))
    for member in _members(org, 60):
        _complete(member, course, timezone.now())
    large = _queries(lambda: assignment_people(org, assignment.pk, 2))
    assert small == large == 6  # one more: who has started the course


def test_people_selector_is_scoped_to_the_organisation(tenant, other_tenant, course):
    foreign = _assign(other_tenant.organization, course, timezone.localdate())
    assert assignment_people(tenant.organization, foreign.pk) is None
    assert assignment_people(other_tenant.organization, foreign.pk).progress.members == 3


def test_table_has_one_row_per_assignment_with_translated_labels(tenant, course):
    org = tenant.organization
    department = tenant.admin.department
    _assign(org, course, date(2030, 3, 5))
    _assign(org, course, date(2030, 4, 1), department=department, role="lead")
    rows = assignments(org)

    with translation.override("en"):
        [table] = assignments_tables(rows, person_status_allowed=True)
        [without_people] = assignments_tables(rows, person_status_allowed=False)

    assert table.key == "oppdrag"
    assert [column.kind for column in table.columns[3:]] == [Kind.COUNT] * 5
    assert table.chart.value_column == 4
    assert table.rows[0] == ["Testkurs", "The whole organisation", "5 March 2030", 3, 0, 0, 3, 0]
    assert table.rows[1][:3] == ["Testkurs", "Leads in Innkjøp", "1 April 2030"]
    assert table.rows[1][3] == 0  # the lead of the fixture has no department
    assert "each person" in table.description
    assert "each person" not in without_people.description
    assert assignments_tables([], person_status_allowed=False)[0].rows == []


def test_people_page_lists_names_and_statuses(mfa_login, tenant, course):
    org = tenant.organization
    due = timezone.localdate() - timedelta(days=2)
    assignment = _assign(org, course, due)
    for membership, name in ((tenant.learner, "Åse Ansatt"), (tenant.lead, "Berit Leder")):
        membership.user.full_name = name
        membership.user.save()
    nameless = MembershipFactory(
        organization=org, user=UserFactory(full_name="", email="tor@testvik.kommune.no")
    )
    _complete(tenant.learner, course, _local(due, 10))
    _complete(tenant.admin, course, _local(due + timedelta(days=1), 10))

    response = mfa_login(tenant.lead).get(_url(assignment))

    assert response.status_code == 200
    result = response.context["result"]
    assert [(p.name, p.status) for p in result.people] == [
        ("Berit Leder", "overdue"),
        ("tor@testvik.kommune.no", "overdue"),
        (tenant.admin.user.full_name, "late"),
        ("Åse Ansatt", "on_time"),
    ]
    assert result.people[2].department_name == "Innkjøp"
    assert result.people[-1].completed_on == due
    assert result.people[0].completed_on is None
    assert result.progress.overdue == 2
    html = response.content.decode()
    assert "Åse Ansatt" in html and nameless.user.email in html
    # The status is written out in words, not shown by colour alone.
    assert re.search(r'data-status="overdue"><span[^>]*>\w+', html)
    assert re.search(r'data-status="on_time"><span[^>]*>\w+', html)
    assert '<th scope="col">' in html and "<caption" in html
    assert f'href="{reverse("dashboards:organization")}"' in html


def test_people_are_sorted_by_status_then_name(tenant, course):
    org = tenant.organization
    assignment = _assign(org, course, timezone.localdate() + timedelta(days=3))
    for name in ("Cecilie", "anders", "Bjørn"):
        MembershipFactory(organization=org, user=UserFactory(full_name=name))
    done = MembershipFactory(organization=org, user=UserFactory(full_name="Aase"))
    _complete(done, course, timezone.now())

    people = assignment_people(org, assignment.pk).people

    assert people[-1].name == "Aase" and people[-1].status == "on_time"
    not_done = [p.name for p in people if p.status == "not_done"]
    assert not_done == sorted(not_done, key=str.lower)
    assert {"anders", "Bjørn", "Cecilie"} <= set(not_done)


def test_people_page_paginates(mfa_login, tenant, course):
    org = tenant.organization
    assignment = _assign(org, course, timezone.localdate() + timedelta(days=3))
    _members(org, PEOPLE_PER_PAGE)  # with the three of the fixture: 53 people
    client = mfa_login(tenant.lead)

    first = client.get(_url(assignment))
    second = client.get(_url(assignment), {"side": 2})
    beyond = client.get(_url(assignment), {"side": 99})

    assert len(first.context["result"].people) == PEOPLE_PER_PAGE
    assert first.context["result"].page_count == 2
    assert len(second.context["result"].people) == 3
    assert second.context["result"].page_number == 2
    assert beyond.context["result"].page_number == 2
    # Every person exactly once over the two pages (names may repeat: count them).
    shown = Counter(
        p.name for p in first.context["result"].people + second.context["result"].people
    )
    members = org.memberships.select_related("user")
    assert shown == Counter(m.user.full_name or m.user.email for m in members)
    html = first.content.decode()
    assert "<nav" in html and 'aria-label="' in html and "?side=2" in html


def test_another_organisations_assignment_answers_404(mfa_login, tenant, other_tenant, course):
    foreign = _assign(other_tenant.organization, course, timezone.localdate())
    client = mfa_login(tenant.lead)
    assert client.get(_url(foreign)).status_code == 404
    assert client.get(reverse("dashboards:assignment_people", args=[999999])).status_code == 404


def test_organisation_that_turned_person_status_off_answers_404(mfa_login, tenant, course):
    org = tenant.organization
    org.leads_see_person_status = False
    org.save()
    assignment = _assign(org, course, timezone.localdate())
    assert mfa_login(tenant.lead).get(_url(assignment)).status_code == 404
    assert mfa_login(tenant.admin).get(_url(assignment)).status_code == 404


def test_learner_is_refused(login, tenant, course):
    enable_mfa(tenant.learner.user)
    assignment = _assign(tenant.organization, course, timezone.localdate())
    assert login(tenant.learner).get(_url(assignment)).status_code == 403


def test_lead_without_mfa_gets_the_setup_page_and_no_names(login, tenant, course):
    assignment = _assign(tenant.organization, course, timezone.localdate())

    response = login(tenant.lead).get(_url(assignment))

    assert response.status_code == 403
    assert response.templates[0].name == "account/mfa_required.html"
    assert "result" not in response.context
    assert tenant.learner.user.email not in response.content.decode()


def test_anonymous_is_sent_to_sign_in(client, tenant, course):
    assignment = _assign(tenant.organization, course, timezone.localdate())
    response = client.get(_url(assignment))
    assert response.status_code == 302
    assert reverse("account_login") in response.url
