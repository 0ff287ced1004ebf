"""Participation: who takes part in learning, in total and by course, department and role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone

from dashboards.selectors.scope import check_department, member_lookup
from learning.models import CourseCompletion, Enrolment, StepCompletion
from organizations.models import Department, Membership, MembershipStatus, Organization

ACTIVE_DAYS = 30
ACTIVE_WINDOW = timedelta(days=ACTIVE_DAYS)
""""Active" means having completed a step within this window."""

MONTHS_SHOWN = 12

PERIODS = {"all": None, "12m": timedelta(days=365), "3m": timedelta(days=91)}
"""The periods a lead can choose. Fixed choices rather than any date, so that each can be
computed ahead in the nightly snapshot."""


@dataclass(frozen=True)
class ParticipationCounts:
    members: int
    enrolled: int
    active: int
    completions: int


@dataclass(frozen=True)
class CourseParticipation:
    course_id: int
    title: str
    enrolled: int
    completed: int


@dataclass(frozen=True)
class DepartmentParticipation:
    department_id: int | None
    name: str | None  # None: members without a department
    counts: ParticipationCounts


@dataclass(frozen=True)
class RoleParticipation:
    role: str  # "learner" (no extra role), "lead", "admin"
    counts: ParticipationCounts


@dataclass(frozen=True)
class Participation:
    totals: ParticipationCounts
    by_course: list[CourseParticipation]
    by_department: list[DepartmentParticipation]
    by_role: list[RoleParticipation]


def _annotated_members(
    organization: Organization, department: Department | None, since: datetime | None
):
    """Active memberships, each annotated with whether the person enrolled (since ``since``),
    was active in the last ``ACTIVE_DAYS`` days, and how many courses they completed (since
    ``since``).
    Correlated subqueries keep it one row per member, ready to be grouped."""
    members = Membership.objects.filter(organization=organization, status=MembershipStatus.ACTIVE)
    if department is not None:
        members = members.filter(department=department)
    enrolments = Enrolment.objects.filter(user=OuterRef("user_id"))
    completions = CourseCompletion.objects.filter(user=OuterRef("user_id"))
    if since is not None:
        enrolments = enrolments.filter(started_at__gte=since)
        completions = completions.filter(completed_at__gte=since)
    completion_count = completions.order_by().values("user").annotate(n=Count("id")).values("n")[:1]
    recent_steps = StepCompletion.objects.filter(
        user=OuterRef("user_id"), completed_at__gte=timezone.now() - ACTIVE_WINDOW
    )
    return members.annotate(
        has_enrolment=Exists(enrolments),
        is_recently_active=Exists(recent_steps),
        completion_count=Coalesce(Subquery(completion_count, output_field=IntegerField()), 0),
    )


def _count_aggregates(condition: Q | None = None) -> dict:
    """Aggregates for ParticipationCounts over members matching ``condition`` (all if None)."""
    base = condition or Q()
    return {
        "members": Count("id", filter=base) if condition else Count("id"),
        "enrolled": Count("id", filter=base & Q(has_enrolment=True)),
        "active": Count("id", filter=base & Q(is_recently_active=True)),
        "completions": Coalesce(Sum("completion_count", filter=condition), 0),
    }


def _counts(row: dict, prefix: str = "") -> ParticipationCounts:
    return ParticipationCounts(
        members=row[f"{prefix}members"],
        enrolled=row[f"{prefix}enrolled"],
        active=row[f"{prefix}active"],
        completions=row[f"{prefix}completions"],
    )


ROLE_CONDITIONS = {
    "learner": Q(is_lead=False, is_admin=False),
    "lead": Q(is_lead=True),
    "admin": Q(is_admin=True),
}


def _by_role(members) -> list[RoleParticipation]:
    """One query. A person who is both lead and admin counts in both rows; "learner" holds
    those with neither extra role, so the learner and lead rows never double-count."""
    aggregates = {}
    for role, condition in ROLE_CONDITIONS.items():
        for key, aggregate in _count_aggregates(condition).items():
            aggregates[f"{role}_{key}"] = aggregate
    row = members.aggregate(**aggregates)
    return [
        RoleParticipation(role=role, counts=_counts(row, f"{role}_")) for role in ROLE_CONDITIONS
    ]


def _by_department(members) -> list[DepartmentParticipation]:
    """One query; members without a department form their own row, last."""
    rows = (
        members.order_by()
        .values("department_id", "department__name")
        .annotate(**_count_aggregates())
    )
    result = [
        DepartmentParticipation(
            department_id=row["department_id"], name=row["department__name"], counts=_counts(row)
        )
        for row in rows
    ]
    return sorted(result, key=lambda d: (d.name is None, (d.name or "").lower()))


def _by_course(
    organization: Organization, department: Department | None, since: datetime | None
) -> list[CourseParticipation]:
    """Two queries: enrolled and completed people per course the members have taken up."""
    members = member_lookup("user__", organization, department)
    enrolments = Enrolment.objects.filter(**members)
    completions = CourseCompletion.objects.filter(**members)
    if since is not None:
        enrolments = enrolments.filter(started_at__gte=since)
        completions = completions.filter(completed_at__gte=since)
    enrolled = {
        row["course_id"]: row
        for row in enrolments.order_by()
        .values("course_id", "course__title")
        .annotate(n=Count("user_id", distinct=True))
    }
    completed = {
        row["course_id"]: row
        for row in completions.order_by()
        .values("course_id", "course__title")
        .annotate(n=Count("user_id", distinct=True))
    }
    rows = [
        CourseParticipation(
            course_id=course_id,
            title=(enrolled.get(course_id) or completed[course_id])["course__title"],
            enrolled=enrolled[course_id]["n"] if course_id in enrolled else 0,
            completed=completed[course_id]["n"] if course_id in completed else 0,
        )
        for course_id in enrolled.keys() | completed.keys()
    ]
    return sorted(rows, key=lambda row: row.title.lower())


def participation(
    organization: Organization,
    *,
    department: Department | None = None,
    since: datetime | None = None,
) -> Participation:
    """Who takes part in learning, in total and by course, department and role (four queries).

    ``since`` narrows enrolments and completions to those from that moment on; members are
    those active now, and "active" always means a completed step in the last ``ACTIVE_DAYS``
    days. Learning
    a member did for another organisation they also belong to counts too: it is the person's
    competence, and the organisation has it."""
    check_department(organization, department)
    members = _annotated_members(organization, department, since)
    by_department = _by_department(members)
    totals = ParticipationCounts(
        members=sum(d.counts.members for d in by_department),
        enrolled=sum(d.counts.enrolled for d in by_department),
        active=sum(d.counts.active for d in by_department),
        completions=sum(d.counts.completions for d in by_department),
    )
    return Participation(
        totals=totals,
        by_course=_by_course(organization, department, since),
        by_department=by_department,
        by_role=_by_role(members),
    )


# --- Over time ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthActivity:
    month: date  # the first day of the month
    enrolled: int  # people who started a course that month
    active: int  # people who completed at least one step that month
    completions: int  # courses completed that month


def _first_of_month(day: date, months_back: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months_back
    return date(month_index // 12, month_index % 12 + 1, 1)


def _per_month(queryset, date_field: str, since: datetime, value) -> dict[date, int]:
    rows = (
        queryset.filter(**{f"{date_field}__gte": since})
        .annotate(month=TruncMonth(date_field))
        .order_by()
        .values("month")
        .annotate(n=value)
    )
    return {_as_date(row["month"]): row["n"] for row in rows}


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def monthly(
    organization: Organization, *, department: Department | None = None
) -> list[MonthActivity]:
    """The last ``MONTHS_SHOWN`` months, oldest first, this month included (three queries).
    Months run in the site's time zone; a month with nothing in it is there with zeros, so a
    chart shows the gap rather than hiding it."""
    check_department(organization, department)
    members = member_lookup("user__", organization, department)
    today = timezone.localdate()
    months = [_first_of_month(today, back) for back in range(MONTHS_SHOWN - 1, -1, -1)]
    start = timezone.make_aware(datetime.combine(months[0], datetime.min.time()))
    people = Count("user_id", distinct=True)
    enrolled = _per_month(Enrolment.objects.filter(**members), "started_at", start, people)
    active = _per_month(StepCompletion.objects.filter(**members), "completed_at", start, people)
    completions = _per_month(
        CourseCompletion.objects.filter(**members), "completed_at", start, Count("id")
    )
    return [
        MonthActivity(
            month=month,
            enrolled=enrolled.get(month, 0),
            active=active.get(month, 0),
            completions=completions.get(month, 0),
        )
        for month in months
    ]
