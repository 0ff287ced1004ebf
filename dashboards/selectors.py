"""Reads for an organisation's dashboard, already scoped to one organisation (and optionally one
of its departments). Each function costs a fixed number of queries however many members there
are: people are counted in SQL, never fetched one by one.

Two kinds of figure live here and follow different rules:

- **Participation** (members, enrolled, active, completions) counts people and what they did.
  Completion status is visible to leads anyway (see ARCHITECTURE.md), so these counts are shown
  at any size.
- **Knowledge** (quiz pass rates and scores) is a score, so it reaches a lead only aggregated
  over at least ``MIN_GROUP_SIZE`` people, with the extra rules in ``knowledge``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import (
    Count,
    Exists,
    FloatField,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Sum,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page

from assessments.models import Attempt, QuizPage, SurveyRound
from assessments.scoring import MIN_GROUP_SIZE
from assessments.selectors import RoundResults, round_results
from learning.models import CourseCompletion, Enrolment, StepCompletion
from organizations.models import Department, Membership, MembershipStatus, Organization

ACTIVE_WINDOW = timedelta(days=30)
""""Active" means having completed a step within this window."""


def _member_lookup(prefix: str, organization: Organization, department: Department | None):
    """Filter arguments that keep rows of the organisation's active members (through
    ``prefix``, e.g. ``"user__"``). Pass them to ONE ``filter()`` call, so the membership join
    is a single one and later ``values()`` on it reuse that join."""
    lookup = {
        f"{prefix}memberships__organization": organization,
        f"{prefix}memberships__status": MembershipStatus.ACTIVE,
    }
    if department is not None:
        lookup[f"{prefix}memberships__department"] = department
    return lookup


# --- Participation ------------------------------------------------------------------------


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
    was active in the last 30 days, and how many courses they completed (since ``since``).
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
    members = _member_lookup("user__", organization, department)
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
    those active now, and "active" always means a completed step in the last 30 days. Learning
    a member did for another organisation they also belong to counts too: it is the person's
    competence, and the organisation has it."""
    if department is not None and department.organization_id != organization.pk:
        raise ValueError("The department belongs to another organisation.")
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


# --- Knowledge ----------------------------------------------------------------------------


@dataclass(frozen=True)
class QuizKnowledge:
    """One quiz's results for the group. When ``suppressed`` no figure is set at all, so a
    template or export cannot show one by mistake."""

    quiz_id: int
    quiz_title: str
    course_title: str
    module_title: str
    suppressed: bool
    people: int | None = None
    passed: int | None = None
    mean_percent: float | None = None

    @property
    def pass_rate(self) -> float | None:
        if self.suppressed or not self.people:
            return None
        return 100 * self.passed / self.people


class _MeanOfSubquery(Subquery):
    """AVG over the single column of a grouped subquery: the mean of each person's best score,
    which plain ORM aggregates cannot nest."""

    template = "(SELECT AVG(per_person.value) FROM (%(subquery)s) AS per_person)"
    output_field = FloatField()


def _group_sizes(organization: Organization) -> dict[int, dict[int | None, tuple[int, int]]]:
    """Per quiz, per department (None: members without one): (people who submitted an attempt,
    people who passed). One query; each member sits in exactly one group, so groups add up to
    the organisation."""
    rows = (
        Attempt.objects.filter(
            submitted_at__isnull=False, **_member_lookup("user__", organization, None)
        )
        .order_by()
        .values("quiz_id", "user__memberships__department_id")
        .annotate(
            people=Count("user_id", distinct=True),
            passed=Count("user_id", filter=Q(passed=True), distinct=True),
        )
    )
    sizes: dict[int, dict[int | None, tuple[int, int]]] = {}
    for row in rows:
        groups = sizes.setdefault(row["quiz_id"], {})
        groups[row["user__memberships__department_id"]] = (row["people"], row["passed"])
    return sizes


def _partition_is_safe(groups: dict[int | None, tuple[int, int]]) -> bool:
    """True when every group with any attempt has at least MIN_GROUP_SIZE people, so no
    difference between the organisation and any set of departments isolates a small group."""
    return all(people >= MIN_GROUP_SIZE for people, _passed in groups.values() if people)


def _mean_best_percent(
    organization: Organization, department: Department | None, quiz_ids: list[int]
) -> dict[int, float | None]:
    """The mean over people of each person's best percent, per quiz (one query)."""
    best_per_person = (
        Attempt.objects.filter(
            quiz_id=OuterRef("pk"),
            submitted_at__isnull=False,
            **_member_lookup("user__", organization, department),
        )
        .order_by()
        .values("user_id")
        .annotate(value=Max("percent"))
        .values("value")
    )
    return dict(
        QuizPage.objects.filter(pk__in=quiz_ids)
        .annotate(mean=_MeanOfSubquery(best_per_person))
        .values_list("pk", "mean")
    )


def _titles(quiz_ids: list[int]) -> dict[int, tuple[str, str, str]]:
    """(quiz, module, course) titles per quiz, from the page tree (two queries)."""
    quizzes = list(Page.objects.filter(pk__in=quiz_ids).values_list("pk", "path", "title"))
    steplen = Page.steplen
    ancestor_paths = {path[:-steplen] for _pk, path, _t in quizzes} | {
        path[: -2 * steplen] for _pk, path, _t in quizzes
    }
    titles = dict(Page.objects.filter(path__in=ancestor_paths).values_list("path", "title"))
    return {
        pk: (title, titles.get(path[:-steplen], ""), titles.get(path[: -2 * steplen], ""))
        for pk, path, title in quizzes
    }


def knowledge(
    organization: Organization, department: Department | None = None
) -> list[QuizKnowledge]:
    """Quiz results of the organisation's members, per quiz (and so per course and module),
    at most five queries.

    The privacy rule, because these are scores:

    - A figure is shown only for a group of at least ``MIN_GROUP_SIZE`` distinct people who
      submitted an attempt; otherwise the row is ``suppressed`` («for få svar»), with no count.
    - With a department filter, the department's figure is shown only if, for that quiz, every
      department *and* the members without a department are either empty or at least
      ``MIN_GROUP_SIZE``. Otherwise a lead could take the organisation's figure minus the
      shown departments and derive a department of four (a subtraction attack).
    - Department figures are never listed beside the organisation total; the department
      breakdown on the dashboard is participation only.
    - Results span all time: a period filter would let two periods be subtracted the same way.

    Pass rate = people who passed at least once / people who submitted an attempt; the score is
    the mean of each person's best percent. Individual scores never leave this function.
    """
    if department is not None and department.organization_id != organization.pk:
        raise ValueError("The department belongs to another organisation.")
    sizes = _group_sizes(organization)
    quiz_ids = list(sizes)
    if not quiz_ids:
        return []
    titles = _titles(quiz_ids)
    shown: dict[int, tuple[int, int]] = {}
    for quiz_id, groups in sizes.items():
        if department is None:
            people = sum(p for p, _ in groups.values())
            passed = sum(k for _, k in groups.values())
            if people >= MIN_GROUP_SIZE:
                shown[quiz_id] = (people, passed)
        else:
            people, passed = groups.get(department.pk, (0, 0))
            if people >= MIN_GROUP_SIZE and _partition_is_safe(groups):
                shown[quiz_id] = (people, passed)
    # Asked for every quiz, shown or not, so the number of queries never depends on the data;
    # the means of suppressed groups are dropped here and never leave this function.
    means = _mean_best_percent(organization, department, quiz_ids)
    rows = []
    for quiz_id in quiz_ids:
        quiz_title, module_title, course_title = titles.get(quiz_id, ("", "", ""))
        common = {
            "quiz_id": quiz_id,
            "quiz_title": quiz_title,
            "module_title": module_title,
            "course_title": course_title,
        }
        if quiz_id in shown:
            people, passed = shown[quiz_id]
            rows.append(
                QuizKnowledge(
                    **common,
                    suppressed=False,
                    people=people,
                    passed=passed,
                    mean_percent=means.get(quiz_id),
                )
            )
        else:
            rows.append(QuizKnowledge(**common, suppressed=True))
    return sorted(rows, key=lambda r: (r.course_title.lower(), r.module_title, r.quiz_title))


# --- Absorptive capacity ----------------------------------------------------------------------


@dataclass(frozen=True)
class DimensionChange:
    dimension: str
    change: float  # latest mean minus the previous round's, on the 1 to 7 scale


@dataclass(frozen=True)
class Capacity:
    """The latest closed survey round's results and, where both rounds have at least 5
    answers on a dimension, its change since the round before. Knowledge is shown beside
    this, never blended into it."""

    survey_round: SurveyRound
    results: RoundResults
    previous_round: SurveyRound | None
    changes: list[DimensionChange]


def _changes(latest: RoundResults, previous: RoundResults | None) -> list[DimensionChange]:
    if previous is None:
        return []
    before = {row.dimension.pk: row.result for row in previous.dimensions}
    return [
        DimensionChange(str(row.dimension), row.result.mean - before[row.dimension.pk].mean)
        for row in latest.dimensions
        if row.result and before.get(row.dimension.pk)
    ]


def capacity(organization: Organization) -> Capacity | None:
    """The organisation's absorptive capacity from its latest closed survey round; None when
    no round has closed. Survey answers carry no department, so departments don't narrow it."""
    rounds = list(
        SurveyRound.objects.filter(
            organization=organization, closes_on__lt=timezone.localdate()
        ).order_by("-closes_on", "-pk")[:2]
    )
    if not rounds:
        return None
    latest, previous = rounds[0], (rounds[1] if len(rounds) > 1 else None)
    results = round_results(latest)
    previous_results = round_results(previous) if previous else None
    return Capacity(latest, results, previous, _changes(results, previous_results))
