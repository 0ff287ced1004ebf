"""Assignments: for each course a lead has assigned, how many of the people it is for finished
it on time, late, or not yet. These are participation counts (completion status is visible to
leads, see ARCHITECTURE.md), so they are shown at any group size.

Every count is made in SQL by correlated subqueries on the assignment rows, so the number of
queries stays the same however many assignments and members there are. The learning app's
``assignments_of`` loads each assignment's member ids into Python instead, which is fine for a
person's own page and far too slow for an organisation of 50,000.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.paginator import Paginator
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Lower, NullIf, TruncDate
from django.db.models.lookups import Exact, IsNull, LessThanOrEqual
from django.utils import timezone

from dashboards.selectors.scope import check_department
from learning.models import AssignedRole, Assignment, CourseCompletion
from organizations.models import Department, Membership, MembershipStatus, Organization

PEOPLE_PER_PAGE = 50

# The order people are listed in on the per-person page: those who need a reminder first.
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


def _targeted_by_outer_assignment(prefix: str = "") -> Q:
    """Members (through ``prefix``) whom the assignment of the outer query is for: its
    department (or everyone when it has none) and its role. The same rule as
    ``learning.selectors.assignment_members``, written so SQL applies it to every assignment
    at once."""
    department = Q(IsNull(OuterRef("department_id"), True)) | Q(
        **{f"{prefix}department_id": OuterRef("department_id")}
    )
    role = (
        Q(Exact(OuterRef("role"), AssignedRole.EVERYONE))
        | (Q(Exact(OuterRef("role"), AssignedRole.LEAD)) & Q(**{f"{prefix}is_lead": True}))
        | (Q(Exact(OuterRef("role"), AssignedRole.ADMIN)) & Q(**{f"{prefix}is_admin": True}))
    )
    return department & role


def _count(queryset: QuerySet) -> Coalesce:
    """The number of rows of a correlated subquery, as a scalar (0 when there are none)."""
    counted = queryset.order_by().annotate(n=Count("pk", distinct=False)).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _with_counts(queryset: QuerySet, department: Department | None) -> QuerySet:
    """Annotate assignments with the number of people they target and, of those, how many have
    completed the course, on or before the due date or after it. One query in all."""
    members = Membership.objects.filter(
        _targeted_by_outer_assignment(),
        organization_id=OuterRef("organization_id"),
        status=MembershipStatus.ACTIVE,
    )
    completions = CourseCompletion.objects.filter(
        _targeted_by_outer_assignment("user__memberships__"),
        course_id=OuterRef("course_id"),
        user__memberships__organization_id=OuterRef("organization_id"),
        user__memberships__status=MembershipStatus.ACTIVE,
        **({"user__memberships__department": department} if department else {}),
    )
    if department is not None:
        members = members.filter(department=department)
    # "On time" compares dates in the site's time zone: finishing at 23:30 on the due date
    # counts, even though it is already the next day in UTC.
    on_time = completions.filter(LessThanOrEqual(TruncDate("completed_at"), OuterRef("due_date")))
    # Grouped by a column the filter already fixes, so each subquery yields a single count.
    return queryset.annotate(
        members=_count(members.values("organization_id")),
        done=_count(completions.values("course_id")),
        done_on_time=_count(on_time.values("course_id")),
    ).values(
        "pk",
        "course_id",
        "department_id",
        "course__title",
        "department__name",
        "role",
        "due_date",
        "members",
        "done",
        "done_on_time",
    )


def _progress(row: dict, today: date) -> AssignmentProgress:
    not_done = row["members"] - row["done"]
    return AssignmentProgress(
        assignment_id=row["pk"],
        course_title=row["course__title"],
        department_name=row["department__name"],
        role=row["role"],
        due_date=row["due_date"],
        members=row["members"],
        done_on_time=row["done_on_time"],
        done_late=row["done"] - row["done_on_time"],
        not_done=not_done,
        overdue=not_done if row["due_date"] < today else 0,
    )


def assignments(
    organization: Organization, department: Department | None = None
) -> list[AssignmentProgress]:
    """The organisation's assignments, soonest due first, with how many of the people each is
    for finished on time, late, or not yet (one query).

    With a department filter, an assignment for the whole organisation counts only that
    department's members, and an assignment for another department is left out: it has no
    members there. Completions a person made before the assignment was created count too: they
    have done the course."""
    check_department(organization, department)
    queryset = Assignment.objects.filter(organization=organization)
    if department is not None:
        queryset = queryset.filter(Q(department__isnull=True) | Q(department=department))
    queryset = queryset.order_by("due_date", Lower("course__title"), "pk")
    today = timezone.localdate()
    return [_progress(row, today) for row in _with_counts(queryset, department)]


def _targeted(role: str, department_id: int | None) -> Q:
    """The plain-value twin of ``_targeted_by_outer_assignment`` for one known assignment."""
    condition = Q()
    if department_id is not None:
        condition &= Q(department_id=department_id)
    if role == AssignedRole.LEAD:
        condition &= Q(is_lead=True)
    elif role == AssignedRole.ADMIN:
        condition &= Q(is_admin=True)
    return condition


def _people(organization: Organization, row: dict) -> QuerySet:
    """The members an assignment (a row of ``_with_counts``) is for, each with the completion
    of the assigned course (if any) and a status rank, in STATUS_ORDER and then by name."""
    completion = CourseCompletion.objects.filter(
        user_id=OuterRef("user_id"), course_id=row["course_id"]
    )
    on_time = completion.filter(LessThanOrEqual(TruncDate("completed_at"), row["due_date"]))
    not_done = "overdue" if row["due_date"] < timezone.localdate() else "not_done"
    rank = Case(
        When(Exists(on_time), then=Value(STATUS_ORDER.index("on_time"))),
        When(Exists(completion), then=Value(STATUS_ORDER.index("late"))),
        default=Value(STATUS_ORDER.index(not_done)),
        output_field=IntegerField(),
    )
    name = Coalesce(
        NullIf(F("user__full_name"), Value("")), F("user__email"), output_field=CharField()
    )
    return (
        Membership.objects.filter(
            _targeted(row["role"], row["department_id"]),
            organization=organization,
            status=MembershipStatus.ACTIVE,
        )
        .annotate(
            person_name=name,
            completed_at=Subquery(completion.values("completed_at")[:1]),
            rank=rank,
        )
        .order_by("rank", Lower("person_name"), "pk")
        .values("person_name", "department__name", "completed_at", "rank")
    )


def _person(row: dict) -> PersonStatus:
    completed_at = row["completed_at"]
    return PersonStatus(
        name=row["person_name"],
        department_name=row["department__name"],
        status=STATUS_ORDER[row["rank"]],
        completed_on=timezone.localdate(completed_at) if completed_at else None,
    )


def assignment_people(
    organization: Organization, assignment_id: int, page: int | str | None = 1
) -> AssignmentPeople | None:
    """Each person an assignment is for, with their status and completion date, 50 a page
    (three queries: the assignment with its totals, the number of people, and the page). None
    when the organisation has no such assignment.

    Only completion status leaves this function, never a quiz score or survey answer. Whether
    the organisation lets leads see it is the caller's check (``leads_see_person_status``)."""
    found = Assignment.objects.filter(organization=organization, pk=assignment_id)
    rows = list(_with_counts(found, None))
    if not rows:
        return None
    paginator = Paginator(_people(organization, rows[0]), PEOPLE_PER_PAGE)
    current = paginator.get_page(page)
    return AssignmentPeople(
        progress=_progress(rows[0], timezone.localdate()),
        people=[_person(row) for row in current.object_list],
        page_number=current.number,
        page_count=paginator.num_pages,
    )
