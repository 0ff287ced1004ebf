"""Knowledge: quiz results and the gain from pre-test to final test, only for groups of at
least ``MIN_GROUP_SIZE`` people."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Left, Length
from wagtail.models import Page

from assessments.models import Attempt, QuizKind
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


def _quiz_groups(organization: Organization) -> dict[int, Groups]:
    """Per quiz, per department (None: members without one): people who submitted an attempt,
    and the sums (passed, best percent, one count per score band). One query.

    Each person counts once per quiz, through their best attempt: the one with no better
    attempt of theirs (the earliest, on a tie). Grouping those rows by quiz and department
    aggregates in the database, so only one row per quiz and department comes back, whatever
    the number of members.
    """
    own_attempts = Attempt.objects.filter(
        user=OuterRef("user_id"), quiz=OuterRef("quiz_id"), submitted_at__isnull=False
    )
    better = own_attempts.filter(percent__isnull=False).filter(
        Q(percent__gt=OuterRef("percent")) | Q(percent=OuterRef("percent"), pk__lt=OuterRef("pk"))
    )
    bands = {
        f"band_{low}": Count("pk", filter=Q(percent__gte=low, percent__lte=high))
        for low, high in SCORE_BANDS
    }
    rows = (
        _scored_attempts(organization)
        .filter(~Exists(better))
        .annotate(ever_passed=Exists(own_attempts.filter(passed=True)))
        .order_by()
        .values("quiz_id", DEPARTMENT)
        .annotate(
            people=Count("pk"),
            passed=Count("pk", filter=Q(ever_passed=True)),
            percent_sum=Sum("percent"),
            **bands,
        )
    )
    groups: dict[int, Groups] = {}
    for row in rows:
        groups.setdefault(row["quiz_id"], {})[row[DEPARTMENT]] = _GroupFigures(
            people=row["people"],
            sums=(row["passed"], row["percent_sum"], *(row[key] for key in bands)),
        )
    return groups


def _course_path():
    """A quiz's course page's path: a quiz sits in a module, which sits in its course."""
    return Left("quiz__path", Length("quiz__path") - 2 * Page.steplen)


def _gain_groups(organization: Organization) -> dict[str, Groups]:
    """Per course (by page path), per department: people who took both the pre-test and the
    final test, and the sums of their first pre-test and best final percent. One query.

    Each person counts once per course, through their first submitted pre-test attempt (no
    earlier one of theirs in the course); their best final test in the same course comes
    from a correlated subquery, and people without one drop out.
    """
    course_attempts = Attempt.objects.filter(
        user=OuterRef("user_id"),
        submitted_at__isnull=False,
        percent__isnull=False,
        quiz__path__startswith=OuterRef("course_path"),
    )
    earlier_pretest = course_attempts.filter(quiz__kind=QuizKind.PRETEST).filter(
        Q(submitted_at__lt=OuterRef("submitted_at"))
        | Q(submitted_at=OuterRef("submitted_at"), pk__lt=OuterRef("pk"))
    )
    finals = course_attempts.filter(quiz__kind=QuizKind.FINAL)
    best_final = (
        finals.order_by()
        .values("user_id")
        .annotate(best=Max("percent"))
        .values("best")
    )
    rows = (
        _scored_attempts(organization)
        .filter(quiz__kind=QuizKind.PRETEST)
        .annotate(course_path=_course_path())
        .filter(~Exists(earlier_pretest), Exists(finals))
        .annotate(final=Subquery(best_final, output_field=IntegerField()))
        .order_by()
        .values("course_path", DEPARTMENT)
        .annotate(people=Count("pk"), pretest_sum=Sum("percent"), final_sum=Sum("final"))
    )
    groups: dict[str, Groups] = {}
    for row in rows:
        groups.setdefault(row["course_path"], {})[row[DEPARTMENT]] = _GroupFigures(
            people=row["people"], sums=(row["pretest_sum"], row["final_sum"])
        )
    return groups


def _titles(quiz_ids: list[int]) -> tuple[dict[int, tuple[str, str, str]], dict[str, tuple]]:
    """(quiz, module, course) titles per quiz, and (id, title) per module and course path,
    from the page tree (two queries)."""
    quizzes = list(Page.objects.filter(pk__in=quiz_ids).values_list("pk", "path", "title"))
    steplen = Page.steplen
    ancestor_paths = {path[:-steplen] for _pk, path, _t in quizzes} | {
        path[: -2 * steplen] for _pk, path, _t in quizzes
    }
    pages = {
        path: (pk, title)
        for pk, path, title in Page.objects.filter(path__in=ancestor_paths).values_list(
            "pk", "path", "title"
        )
    }

    def title(path: str) -> str:
        return pages.get(path, (None, ""))[1]

    quiz_titles = {
        pk: (quiz_title, title(path[:-steplen]), title(path[: -2 * steplen]))
        for pk, path, quiz_title in quizzes
    }
    return quiz_titles, pages


def _quiz_row(
    quiz_id: int, titles: tuple[str, str, str], figures: _GroupFigures | None
) -> QuizKnowledge:
    quiz_title, module_title, course_title = titles
    common = {
        "quiz_id": quiz_id,
        "quiz_title": quiz_title,
        "module_title": module_title,
        "course_title": course_title,
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
    course; four queries, whatever the number of members, attempts or quizzes.

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
    quiz_groups = _quiz_groups(organization)
    if not quiz_groups:
        return Knowledge(quizzes=[], gains=[])
    quiz_titles, pages = _titles(list(quiz_groups))
    quizzes = [
        _quiz_row(
            quiz_id, quiz_titles.get(quiz_id, ("", "", "")), _shown_figures(groups, department)
        )
        for quiz_id, groups in quiz_groups.items()
    ]
    # Every pre-test with an attempt is among the quizzes above, so its course's page is too.
    gains = [
        _gain_row(*pages.get(course_path, (0, "")), _shown_figures(groups, department))
        for course_path, groups in _gain_groups(organization).items()
    ]
    return Knowledge(
        quizzes=sorted(
            quizzes, key=lambda r: (r.course_title.lower(), r.module_title, r.quiz_title)
        ),
        gains=sorted(gains, key=lambda r: (r.course_title.lower(), r.course_id)),
    )
