"""Knowledge: quiz results and the gain from pre-test to final test, only for groups of at
least ``MIN_GROUP_SIZE`` people."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from wagtail.models import Page

from assessments.models import Attempt, QuizKind, QuizPage
from assessments.scoring import MIN_GROUP_SIZE
from dashboards.selectors.scope import check_department, member_lookup
from organizations.models import Department, Organization

SCORE_BANDS: tuple[tuple[int, int], ...] = ((0, 19), (20, 39), (40, 59), (60, 79), (80, 100))
"""The score distribution's bands, in percent, both ends included."""

DEPARTMENT = "user__memberships__department_id"
"""The member's department in this organisation: through the one membership join that
``member_lookup`` filters on (a person has one membership per organisation)."""


@dataclass(frozen=True)
class QuizKnowledge:
    """One quiz's results for the group. When ``suppressed`` no figure is set at all, so a
    template or export cannot show one by mistake. ``distribution`` holds how many people's
    best score falls in each of ``SCORE_BANDS``."""

    quiz_id: int
    quiz_title: str
    course_title: str
    module_title: str
    suppressed: bool
    people: int | None = None
    passed: int | None = None
    mean_percent: float | None = None
    distribution: list[int] | None = None

    @property
    def pass_rate(self) -> float | None:
        if self.suppressed or not self.people:
            return None
        return 100 * self.passed / self.people


@dataclass(frozen=True)
class CourseGain:
    """What the people who took both a course's pre-test and its final test gained: each
    person's first pre-test against their best final test, in percent. No figure when
    ``suppressed``."""

    course_id: int
    course_title: str
    suppressed: bool
    people: int | None = None
    mean_pretest: float | None = None
    mean_final: float | None = None
    mean_gain: float | None = None  # percentage points: mean_final - mean_pretest


@dataclass(frozen=True)
class Knowledge:
    quizzes: list[QuizKnowledge]
    gains: list[CourseGain]


@dataclass(frozen=True)
class _GroupFigures:
    """Sums for one group (a department, or the members without one), which add up to the
    organisation's; means are taken only after a group is known to be shown."""

    people: int
    sums: tuple[int, ...]


Groups = dict[int | None, _GroupFigures]


def _partition_is_safe(groups: Groups) -> bool:
    """True when every group with anyone in it has at least MIN_GROUP_SIZE people, so no
    difference between the organisation and any set of departments isolates a small group."""
    return all(group.people >= MIN_GROUP_SIZE for group in groups.values() if group.people)


def _shown_figures(groups: Groups, department: Department | None) -> _GroupFigures | None:
    """The figures the asker may see for these groups, or None (suppressed). The rules:

    - without a filter, the organisation's total, when it has at least MIN_GROUP_SIZE people;
    - with a department filter, the department's own figures, only when it has at least
      MIN_GROUP_SIZE people *and* every other department and the members without one are
      either empty or large enough, or the organisation minus the shown departments would
      reveal a small group (a subtraction attack).
    """
    if department is None:
        people = sum(group.people for group in groups.values())
        sums = tuple(sum(column) for column in zip(*(g.sums for g in groups.values()), strict=True))
        shown = _GroupFigures(people, sums)
    else:
        shown = groups.get(department.pk)
        if shown is None or not _partition_is_safe(groups):
            return None
    return shown if shown.people >= MIN_GROUP_SIZE else None


def _scored_attempts(organization: Organization):
    """Submitted, graded attempts of the organisation's active members."""
    return Attempt.objects.filter(
        submitted_at__isnull=False,
        percent__isnull=False,
        **member_lookup("user__", organization, None),
    )


def _passed_counts(organization: Organization) -> dict[tuple[int, int | None], int]:
    """Per quiz and department: people who passed at least once (one query)."""
    rows = (
        _scored_attempts(organization)
        .filter(passed=True)
        .order_by()
        .values("quiz_id", DEPARTMENT)
        .annotate(passed=Count("user_id", distinct=True))
    )
    return {(row["quiz_id"], row[DEPARTMENT]): row["passed"] for row in rows}


def _quiz_groups(organization: Organization) -> dict[int, Groups]:
    """Per quiz, per department (None: members without one): people who submitted an attempt,
    and the sums (passed, best percent, one count per score band). Two queries.

    Each person counts once per quiz, through their best attempt: the one with no better
    attempt of theirs (the earliest, on a tie). Grouping those rows by quiz and department
    aggregates in the database, so only one row per quiz and department comes back, whatever
    the number of members.
    """
    better = Attempt.objects.filter(
        Q(percent__gt=OuterRef("percent")) | Q(percent=OuterRef("percent"), pk__lt=OuterRef("pk")),
        user=OuterRef("user_id"),
        quiz=OuterRef("quiz_id"),
        submitted_at__isnull=False,
        percent__isnull=False,
    )
    bands = {
        f"band_{low}": Count("pk", filter=Q(percent__gte=low, percent__lte=high))
        for low, high in SCORE_BANDS
    }
    rows = (
        _scored_attempts(organization)
        .filter(~Exists(better))
        .order_by()
        .values("quiz_id", DEPARTMENT)
        .annotate(people=Count("pk"), percent_sum=Sum("percent"), **bands)
    )
    passed = _passed_counts(organization)
    groups: dict[int, Groups] = {}
    for row in rows:
        quiz_id, department_id = row["quiz_id"], row[DEPARTMENT]
        groups.setdefault(quiz_id, {})[department_id] = _GroupFigures(
            people=row["people"],
            sums=(
                passed.get((quiz_id, department_id), 0),
                row["percent_sum"],
                *(row[key] for key in bands),
            ),
        )
    return groups


@dataclass(frozen=True)
class _QuizPlace:
    """Where a quiz sits in the page tree."""

    title: str
    kind: str
    module_title: str
    course_id: int | None
    course_title: str


def _places(quiz_ids: list[int]) -> dict[int, _QuizPlace]:
    """Each quiz's title and kind, and its module and course, from the page tree (two
    queries). A quiz sits in a module, which sits in its course."""
    quizzes = list(
        QuizPage.objects.filter(pk__in=quiz_ids).values_list("pk", "path", "title", "kind")
    )
    steplen = Page.steplen
    ancestor_paths = {path[:-steplen] for _pk, path, _t, _k in quizzes} | {
        path[: -2 * steplen] for _pk, path, _t, _k in quizzes
    }
    pages = {
        path: (pk, title)
        for pk, path, title in Page.objects.filter(path__in=ancestor_paths).values_list(
            "pk", "path", "title"
        )
    }
    places = {}
    for pk, path, title, kind in quizzes:
        _module_id, module_title = pages.get(path[:-steplen], (None, ""))
        course_id, course_title = pages.get(path[: -2 * steplen], (None, ""))
        places[pk] = _QuizPlace(title, kind, module_title, course_id, course_title)
    return places


def _course_of(quizzes: dict[int, int]) -> Case:
    """The course id of the attempt's quiz, for the given quizzes (quiz id: course id)."""
    return Case(
        *(When(quiz_id=quiz_id, then=Value(course_id)) for quiz_id, course_id in quizzes.items()),
        output_field=IntegerField(),
    )


def _gain_groups(organization: Organization, places: dict[int, _QuizPlace]) -> dict[int, Groups]:
    """Per course, per department: people who took both the pre-test and the final test, and
    the sums of their first pre-test and best final percent. One query, or none when no
    course has both tests taken.

    Each person counts once per course, through their first submitted pre-test attempt (no
    earlier one of theirs in the course); their best final test in the same course comes
    from a correlated subquery, and people without one drop out. The quizzes' courses are
    known from the page tree already, so the database matches them by quiz id alone.
    """
    pretests, finals = (
        {
            quiz_id: place.course_id
            for quiz_id, place in places.items()
            if place.kind == kind and place.course_id is not None
        }
        for kind in (QuizKind.PRETEST, QuizKind.FINAL)
    )
    if not pretests or not finals:
        return {}
    course = _course_of(pretests | finals)
    same_course = (
        Attempt.objects.filter(
            user=OuterRef("user_id"), submitted_at__isnull=False, percent__isnull=False
        )
        .annotate(course=course)
        .filter(course=OuterRef("course"))
    )
    earlier_pretest = same_course.filter(
        Q(submitted_at__lt=OuterRef("submitted_at"))
        | Q(submitted_at=OuterRef("submitted_at"), pk__lt=OuterRef("pk")),
        quiz_id__in=list(pretests),
    )
    final_tests = same_course.filter(quiz_id__in=list(finals))
    best_final = (
        final_tests.order_by().values("user_id").annotate(best=Max("percent")).values("best")
    )
    rows = (
        _scored_attempts(organization)
        .filter(quiz_id__in=list(pretests))
        .annotate(course=course)
        .filter(~Exists(earlier_pretest), Exists(final_tests))
        .annotate(final=Subquery(best_final, output_field=IntegerField()))
        .order_by()
        .values("course", DEPARTMENT)
        .annotate(people=Count("pk"), pretest_sum=Sum("percent"), final_sum=Sum("final"))
    )
    groups: dict[int, Groups] = {}
    for row in rows:
        groups.setdefault(row["course"], {})[row[DEPARTMENT]] = _GroupFigures(
            people=row["people"], sums=(row["pretest_sum"], row["final_sum"])
        )
    return groups


def _quiz_row(
    quiz_id: int, place: _QuizPlace | None, figures: _GroupFigures | None
) -> QuizKnowledge:
    common = {
        "quiz_id": quiz_id,
        "quiz_title": place.title if place else "",
        "module_title": place.module_title if place else "",
        "course_title": place.course_title if place else "",
    }
    if figures is None:
        return QuizKnowledge(**common, suppressed=True)
    passed, percent_sum, *bands = figures.sums
    return QuizKnowledge(
        **common,
        suppressed=False,
        people=figures.people,
        passed=passed,
        mean_percent=percent_sum / figures.people,
        distribution=list(bands),
    )


def _gain_row(course_id: int, course_title: str, figures: _GroupFigures | None) -> CourseGain:
    if figures is None:
        return CourseGain(course_id=course_id, course_title=course_title, suppressed=True)
    pretest_sum, final_sum = figures.sums
    mean_pretest = pretest_sum / figures.people
    mean_final = final_sum / figures.people
    return CourseGain(
        course_id=course_id,
        course_title=course_title,
        suppressed=False,
        people=figures.people,
        mean_pretest=mean_pretest,
        mean_final=mean_final,
        mean_gain=mean_final - mean_pretest,
    )


def knowledge(organization: Organization, department: Department | None = None) -> Knowledge:
    """Quiz results of the organisation's members, per quiz (and so per course and module),
    with the distribution of best scores, and the gain from pre-test to final test per
    course; at most five queries, whatever the number of members, attempts or quizzes.

    The privacy rule, because these are scores:

    - A figure is shown only for a group of at least ``MIN_GROUP_SIZE`` distinct people (who
      submitted an attempt; for a gain, who took both tests); otherwise the row is
      ``suppressed`` («for få svar»), with no count and no figure.
    - With a department filter, the department's figure is shown only if, for that quiz (or
      course), every department *and* the members without a department are either empty or
      at least ``MIN_GROUP_SIZE``. Otherwise a lead could take the organisation's figure
      minus the shown departments and derive a department of four (a subtraction attack).
    - Department figures are never listed beside the organisation total; the department
      breakdown on the dashboard is participation only.
    - Results span all time: a period filter would let two periods be subtracted the same way.

    Pass rate = people who passed at least once / people who submitted an attempt; the score is
    the mean of each person's best percent. Individual scores never leave this function: the
    database returns sums per quiz (or course) and department, never a row per person.
    """
    check_department(organization, department)
    return knowledge_shown(knowledge_groups(organization), department)


@dataclass(frozen=True)
class KnowledgeGroups:
    """The organisation's quiz and gain sums per department, before any privacy rule: the
    costly part of ``knowledge``, computed once and shared by the organisation's and each
    department's snapshot. Never leaves the dashboards' own code."""

    quizzes: dict[int, Groups]
    gains: dict[int, Groups]
    places: dict[int, _QuizPlace]


def knowledge_groups(organization: Organization) -> KnowledgeGroups:
    """Up to five queries, whatever the number of members, attempts or quizzes."""
    quiz_groups = _quiz_groups(organization)
    if not quiz_groups:
        return KnowledgeGroups(quizzes={}, gains={}, places={})
    places = _places(list(quiz_groups))
    return KnowledgeGroups(
        quizzes=quiz_groups, gains=_gain_groups(organization, places), places=places
    )


def knowledge_shown(groups: KnowledgeGroups, department: Department | None) -> Knowledge:
    """What a lead may see of ``groups`` for the organisation or one department (no query)."""
    places = groups.places
    quizzes = [
        _quiz_row(quiz_id, places.get(quiz_id), _shown_figures(quiz_groups, department))
        for quiz_id, quiz_groups in groups.quizzes.items()
    ]
    # Every pre-test with an attempt is among the quizzes above, so its course is known.
    course_titles = {place.course_id: place.course_title for place in places.values()}
    gains = [
        _gain_row(course_id, course_titles[course_id], _shown_figures(gain_groups, department))
        for course_id, gain_groups in groups.gains.items()
    ]
    return Knowledge(
        quizzes=sorted(
            quizzes, key=lambda r: (r.course_title.lower(), r.module_title, r.quiz_title)
        ),
        gains=sorted(gains, key=lambda r: (r.course_title.lower(), r.course_id)),
    )
