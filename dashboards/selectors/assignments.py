"""Assignments: for each course a lead has assigned, how many of the people it is for finished
it on time, late, or not yet. These are participation counts (completion status is visible to
leads, see ARCHITECTURE.md), so they are shown at any group size.

The counts take three queries however many assignments and members there are. Members and
completions are each counted in SQL in one pass, grouped by what an assignment can target
(department, lead, admin); each assignment then adds up the few groups it is for. The learning
app's ``assignments_of`` loads each assignment's member ids into Python instead, which is fine
for a handful of people and far too slow for an organisation of 50,000; correlated subqueries
per assignment were measured too, and scan the members three times for every assignment.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.core.paginator import Paginator
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    FilteredRelation,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Lower, NullIf, TruncDate
from django.utils import timezone

from dashboards.selectors.scope import check_department, member_lookup
from learning.models import AssignedRole, Assignment, CourseCompletion, Enrolment
from organizations.models import Department, Membership, MembershipStatus, Organization

PEOPLE_PER_PAGE = 50

# The order of the per-person page: those who need a reminder first.
STATUS_ORDER = ("overdue", "not_done", "late", "on_time")


@dataclass(frozen=True)
class AssignmentProgress:
    """One assignment and where the people it is for stand. ``members`` are the active members
    it targets (narrowed to the department filter, if any); ``done_on_time + done_late +
    not_done == members``, and ``overdue`` is ``not_done`` once the due date has passed."""

    assignment_id: int
    course_title: str
    department_name: str | None  # None: the whole organisation
    role: str  # AssignedRole: "" (everyone), "lead", "admin"
    due_date: date
    members: int
    done_on_time: int
    done_late: int
    not_done: int
    overdue: int
    started: int = 0  # of ``members``: who have started the course (or finished it)


@dataclass(frozen=True)
class PersonStatus:
    name: str  # full name, or the email address when the person has given no name
    department_name: str | None
    status: str  # one of STATUS_ORDER
    completed_on: date | None  # the local date the course was completed


@dataclass(frozen=True)
class AssignmentPeople:
    """One page of the people an assignment is for, with the assignment's totals."""

    progress: AssignmentProgress
    people: list[PersonStatus]
    page_number: int
    page_count: int


_ASSIGNMENT_FIELDS = (
    "pk",
    "course_id",
    "department_id",
    "role",
    "due_date",
    "course__title",
    "department__name",
)


@dataclass(frozen=True)
class _Group:
    """Members who look the same to every assignment: same department, same extra roles."""

    department_id: int | None
    is_lead: bool
    is_admin: bool

    def targeted_by(self, assignment: dict) -> bool:
        """The rule of ``learning.selectors.assignment_members``, for a whole group."""
        if assignment["department_id"] is not None and (
            self.department_id != assignment["department_id"]
        ):
            return False
        if assignment["role"] == AssignedRole.LEAD:
            return self.is_lead
        if assignment["role"] == AssignedRole.ADMIN:
            return self.is_admin
        return True


def _member_groups(organization: Organization, department: Department | None) -> dict:
    """Active members per group (one query, one pass over the members)."""
    members = Membership.objects.filter(organization=organization, status=MembershipStatus.ACTIVE)
    if department is not None:
        members = members.filter(department=department)
    rows = members.order_by().values("department_id", "is_lead", "is_admin").annotate(n=Count("id"))
    return {_Group(r["department_id"], r["is_lead"], r["is_admin"]): r["n"] for r in rows}


def _due_dates_by_course(assignment_rows: list[dict]) -> dict[int, list[date]]:
    dates: dict[int, set[date]] = defaultdict(set)
    for row in assignment_rows:
        dates[row["course_id"]].add(row["due_date"])
    return {course_id: sorted(due) for course_id, due in dates.items()}


def _completion_groups(
    organization: Organization,
    department: Department | None,
    due_dates: dict[int, list[date]],
) -> dict:
    """Completions of the assigned courses by active members, per course, group and
    *deadline slot*: slot i holds completions on or before the course's i-th due date (sorted)
    and after the one before; None holds those after every due date. An assignment due on the
    course's i-th date counts slots 0..i as on time. One query, one pass over the completions.

    Dates are local: finishing at 23:30 on the due date is on time, though in UTC it may
    already be the next day."""
    local_date = TruncDate("completed_at")
    slot = Case(
        *(
            When(Q(course_id=course_id) & Q(completed_on__lte=due), then=Value(i))
            for course_id, dates in due_dates.items()
            for i, due in enumerate(dates)
        ),
        default=Value(None),
        output_field=IntegerField(),
    )
    rows = (
        CourseCompletion.objects.filter(
            course_id__in=list(due_dates), **member_lookup("user__", organization, department)
        )
        .annotate(completed_on=local_date)
        .annotate(slot=slot)
        .order_by()
        .values(
            "course_id",
            "slot",
            "user__memberships__department_id",
            "user__memberships__is_lead",
            "user__memberships__is_admin",
        )
        .annotate(n=Count("id"))
    )
    groups: dict = defaultdict(int)
    for r in rows:
        group = _Group(
            r["user__memberships__department_id"],
            r["user__memberships__is_lead"],
            r["user__memberships__is_admin"],
        )
        groups[(r["course_id"], r["slot"], group)] += r["n"]
    return groups


def _started_groups(
    organization: Organization, department: Department | None, course_ids: list[int]
) -> dict:
    """People who have started each assigned course, per course and group (one query)."""
    rows = (
        Enrolment.objects.filter(
            course_id__in=course_ids, **member_lookup("user__", organization, department)
        )
        .order_by()
        .values(
            "course_id",
            "user__memberships__department_id",
            "user__memberships__is_lead",
            "user__memberships__is_admin",
        )
        .annotate(n=Count("user_id", distinct=True))
    )
    return {
        (
            r["course_id"],
            _Group(
                r["user__memberships__department_id"],
                r["user__memberships__is_lead"],
                r["user__memberships__is_admin"],
            ),
        ): r["n"]
        for r in rows
    }


def _progress_of(
    organization: Organization, department: Department | None, assignment_rows: list[dict]
) -> list[AssignmentProgress]:
    """Counts for the given assignment rows (values of ``_ASSIGNMENT_FIELDS``): three queries,
    then sums over groups, whose number depends on departments, not on people."""
    if not assignment_rows:
        return []
    due_dates = _due_dates_by_course(assignment_rows)
    members = _member_groups(organization, department)
    completions = _completion_groups(organization, department, due_dates)
    started = _started_groups(organization, department, list(due_dates))
    today = timezone.localdate()
    result = []
    for row in assignment_rows:
        deadline_slot = due_dates[row["course_id"]].index(row["due_date"])
        targeted = sum(n for group, n in members.items() if group.targeted_by(row))
        done = on_time = 0
        for (course_id, slot, group), n in completions.items():
            if course_id == row["course_id"] and group.targeted_by(row):
                done += n
                if slot is not None and slot <= deadline_slot:
                    on_time += n
        not_done = targeted - done
        began = sum(
            n
            for (course_id, group), n in started.items()
            if course_id == row["course_id"] and group.targeted_by(row)
        )
        result.append(
            AssignmentProgress(
                assignment_id=row["pk"],
                course_title=row["course__title"],
                department_name=row["department__name"],
                role=row["role"],
                due_date=row["due_date"],
                members=targeted,
                done_on_time=on_time,
                done_late=done - on_time,
                not_done=not_done,
                overdue=not_done if row["due_date"] < today else 0,
                started=max(began, done),
            )
        )
    return result


def assignments(
    organization: Organization, department: Department | None = None
) -> list[AssignmentProgress]:
    """The organisation's assignments, soonest due first, with how many of the people each is
    for finished on time, late, or not yet, and how many have started (four queries).

    With a department filter, an assignment for the whole organisation counts only that
    department's members, and an assignment for another department is left out: it has no
    members there. Completions a person made before the assignment was created count too: they
    have done the course."""
    check_department(organization, department)
    found = Assignment.objects.filter(organization=organization)
    if department is not None:
        found = found.filter(Q(department__isnull=True) | Q(department=department))
    rows = list(
        found.order_by("due_date", Lower("course__title"), "pk").values(*_ASSIGNMENT_FIELDS)
    )
    return _progress_of(organization, department, rows)


def _people(organization: Organization, assignment: dict) -> QuerySet:
    """The members an assignment is for, each with their completion of the assigned course
    (if any) and a status rank, in STATUS_ORDER and then by name. The completion is joined,
    not looked up per person, so sorting 50,000 people stays one pass."""
    condition = Q(organization=organization, status=MembershipStatus.ACTIVE)
    if assignment["department_id"] is not None:
        condition &= Q(department_id=assignment["department_id"])
    if assignment["role"] == AssignedRole.LEAD:
        condition &= Q(is_lead=True)
    elif assignment["role"] == AssignedRole.ADMIN:
        condition &= Q(is_admin=True)
    not_done = "overdue" if assignment["due_date"] < timezone.localdate() else "not_done"
    rank = Case(
        When(completion__isnull=True, then=Value(STATUS_ORDER.index(not_done))),
        When(completed_on__lte=assignment["due_date"], then=Value(STATUS_ORDER.index("on_time"))),
        default=Value(STATUS_ORDER.index("late")),
        output_field=IntegerField(),
    )
    name = Coalesce(
        NullIf(F("user__full_name"), Value("")), F("user__email"), output_field=CharField()
    )
    return (
        Membership.objects.filter(condition)
        .annotate(
            completion=FilteredRelation(
                "user__course_completions",
                condition=Q(user__course_completions__course_id=assignment["course_id"]),
            ),
            completed_at=F("completion__completed_at"),
            completed_on=TruncDate("completion__completed_at"),
        )
        .annotate(person_name=name, rank=rank)
        .order_by("rank", Lower("person_name"), "pk")
        .values("person_name", "department__name", "completed_on", "rank")
    )


def _person(row: dict) -> PersonStatus:
    return PersonStatus(
        name=row["person_name"],
        department_name=row["department__name"],
        status=STATUS_ORDER[row["rank"]],
        completed_on=row["completed_on"],
    )


def assignment_people(
    organization: Organization, assignment_id: int, page: int | str | None = 1
) -> AssignmentPeople | None:
    """Each person an assignment is for, with their status and completion date, 50 a page
    (five queries: the assignment, its totals in two, the number of people, and the page).
    None when the organisation has no such assignment. A page number out of range gives the
    last page.

    Only completion status leaves this function, never a quiz score or survey answer. Whether
    the organisation lets leads see it is the caller's check (``leads_see_person_status``)."""
    found = Assignment.objects.filter(organization=organization, pk=assignment_id)
    rows = list(found.values(*_ASSIGNMENT_FIELDS))
    if not rows:
        return None
    [progress] = _progress_of(organization, None, rows)
    paginator = Paginator(_people(organization, rows[0]), PEOPLE_PER_PAGE)
    current = paginator.get_page(page)
    return AssignmentPeople(
        progress=progress,
        people=[_person(row) for row in current.object_list],
        page_number=current.number,
        page_count=paginator.num_pages,
    )
