"""Knowledge: quiz results and the gain from pre-test to final test. What a lead sees are the
figures last *released* under the rule in ``core.disclosure`` (at least five people's results
changed together, never one person's value by subtraction); this module reads the current
results per person for the release (``knowledge_contributions``, used only by
``dashboards.services``) and turns released figures into the section's rows."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models import (
    Case,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from wagtail.models import Page

from assessments.models import Attempt, QuizKind, QuizPage
from assessments.scoring import MIN_GROUP_SIZE
from core.disclosure.selectors import figures_shown
from core.disclosure.services import Current, Released
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
    released_at: datetime | None = None

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
    released_at: datetime | None = None


@dataclass(frozen=True)
class Knowledge:
    quizzes: list[QuizKnowledge]
    gains: list[CourseGain]


WHOLE = "all"
"""The release group of the whole organisation; a department's is ``department_group(pk)``."""
QUIZ_WIDTH = 2 + len(SCORE_BANDS)  # passed, percent, one count per score band
GAIN_WIDTH = 2  # first pre-test percent, best final percent


def department_group(department_id: int) -> str:
    return f"department:{department_id}"


def quiz_scope(organization_id: int) -> str:
    return f"organization:{organization_id}:quizzes"


def gain_scope(organization_id: int) -> str:
    return f"organization:{organization_id}:gains"


def _scored_attempts(organization: Organization):
    """Submitted, graded attempts of the organisation's active members."""
    return Attempt.objects.filter(
        submitted_at__isnull=False,
        percent__isnull=False,
        **member_lookup("user__", organization, None),
    )


Contributions = dict[str, dict[str, Current]]
"""subject → release group → person → (version, sums), as ``core.disclosure`` takes them."""


def _by_group(rows) -> Contributions:
    """Rows of (subject, person, department id, version, sums) filed under the whole
    organisation and the person's department."""
    contributions: Contributions = defaultdict(lambda: defaultdict(dict))
    for subject, person, department_id, version, sums in rows:
        contributions[subject][WHOLE][person] = (version, sums)
        if department_id is not None:
            contributions[subject][department_group(department_id)][person] = (version, sums)
    return contributions


def _band_counts(percent: int) -> tuple[int, ...]:
    return tuple(int(low <= percent <= high) for low, high in SCORE_BANDS)


def _quiz_contributions(organization: Organization) -> Contributions:
    """Per quiz, each member's best result: passed at least once, their best percent and its
    score band (two queries). The best attempt is the one with no better attempt of theirs
    (the earliest, on a tie); the version names the value, so an unchanged best is the same
    contribution at every release."""
    better = Attempt.objects.filter(
        Q(percent__gt=OuterRef("percent")) | Q(percent=OuterRef("percent"), pk__lt=OuterRef("pk")),
        user=OuterRef("user_id"),
        quiz=OuterRef("quiz_id"),
        submitted_at__isnull=False,
        percent__isnull=False,
    )
    best = (
        _scored_attempts(organization)
        .filter(~Exists(better))
        .order_by()
        .values_list("quiz_id", "user_id", DEPARTMENT, "percent")
    )
    passed = set(
        _scored_attempts(organization)
        .filter(passed=True)
        .order_by()
        .values_list("quiz_id", "user_id")
        .distinct()
    )
    rows = []
    for quiz_id, person, department_id, percent in best:
        has_passed = int((quiz_id, person) in passed)
        sums = (has_passed, percent, *_band_counts(percent))
        rows.append((f"quiz:{quiz_id}", person, department_id, f"{percent}:{has_passed}", sums))
    return _by_group(rows)


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


def _gain_contributions(organization: Organization, places: dict[int, _QuizPlace]) -> Contributions:
    """Per course, each member who took both the pre-test and the final test: their first
    pre-test and best final percent. One query, or none when no course has both tests.

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
        .values_list("course", "user_id", DEPARTMENT, "percent", "final")
    )
    return _by_group(
        (f"gain:{course_id}", person, department_id, f"{pre}:{final}", (pre, final))
        for course_id, person, department_id, pre, final in rows
    )


def _quiz_row(quiz_id: int, place: _QuizPlace | None, figures: Released | None) -> QuizKnowledge:
    common = {
        "quiz_id": quiz_id,
        "quiz_title": place.title if place else "",
        "module_title": place.module_title if place else "",
        "course_title": place.course_title if place else "",
    }
    if figures is None or figures.people < MIN_GROUP_SIZE:
        return QuizKnowledge(**common, suppressed=True)
    passed, percent_sum, *bands = figures.sums
    return QuizKnowledge(
        **common,
        suppressed=False,
        people=figures.people,
        passed=round(passed),
        mean_percent=percent_sum / figures.people,
        distribution=[round(band) for band in bands],
        released_at=figures.released_at,
    )


def _gain_row(course_id: int, course_title: str, figures: Released | None) -> CourseGain:
    if figures is None or figures.people < MIN_GROUP_SIZE:
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
        released_at=figures.released_at,
    )


@dataclass(frozen=True)
class KnowledgeContributions:
    """The organisation's current results per person, for ``core.disclosure`` to release.
    Never leaves the dashboards' services: no page or export reads it."""

    quizzes: Contributions
    gains: Contributions


def knowledge_contributions(organization: Organization) -> KnowledgeContributions:
    """Up to five queries, whatever the number of members, attempts or quizzes."""
    quizzes = _quiz_contributions(organization)
    if not quizzes:
        return KnowledgeContributions(quizzes={}, gains={})
    places = _places([int(subject.split(":")[1]) for subject in quizzes])
    return KnowledgeContributions(quizzes=quizzes, gains=_gain_contributions(organization, places))


@dataclass(frozen=True)
class KnowledgeGroups:
    """The organisation's released figures per quiz and course, for every release group: read
    once and shared by the organisation's and each department's snapshot."""

    quizzes: dict[int, dict[str, Released]]
    gains: dict[int, dict[str, Released]]
    places: dict[int, _QuizPlace]


def _by_id(released: dict[str, dict[str, Released]]) -> dict[int, dict[str, Released]]:
    return {int(subject.split(":")[1]): groups for subject, groups in released.items()}


def knowledge_groups_of(
    quizzes: dict[str, dict[str, Released]], gains: dict[str, dict[str, Released]]
) -> KnowledgeGroups:
    """The released figures with each quiz's place in the page tree (two queries). Quizzes
    nobody's results were ever released for are left out; deleted quizzes too."""
    quiz_figures = _by_id(quizzes)
    places = _places(list(quiz_figures))
    return KnowledgeGroups(
        quizzes={pk: groups for pk, groups in quiz_figures.items() if pk in places},
        gains=_by_id(gains),
        places=places,
    )


def knowledge_groups(organization: Organization) -> KnowledgeGroups:
    """The organisation's last released knowledge figures (read only, nothing is released)."""
    return knowledge_groups_of(
        figures_shown(scope=quiz_scope(organization.pk), width=QUIZ_WIDTH),
        figures_shown(scope=gain_scope(organization.pk), width=GAIN_WIDTH),
    )


def _group_key(department: Department | None) -> str:
    return WHOLE if department is None else department_group(department.pk)


def knowledge_shown(groups: KnowledgeGroups, department: Department | None) -> Knowledge:
    """What a lead may see of the released figures for the organisation or one department
    (no query)."""
    key = _group_key(department)
    places = groups.places
    quizzes = [
        _quiz_row(quiz_id, places.get(quiz_id), released.get(key))
        for quiz_id, released in groups.quizzes.items()
    ]
    course_titles = {place.course_id: place.course_title for place in places.values()}
    gains = [
        _gain_row(course_id, course_titles.get(course_id, ""), released.get(key))
        for course_id, released in groups.gains.items()
    ]
    return Knowledge(
        quizzes=sorted(
            quizzes, key=lambda r: (r.course_title.lower(), r.module_title, r.quiz_title)
        ),
        gains=sorted(gains, key=lambda r: (r.course_title.lower(), r.course_id)),
    )


def knowledge(organization: Organization, department: Department | None = None) -> Knowledge:
    """The organisation's (or one department's) quiz results and gains as last released.

    The privacy rules, because these are scores: a figure counts at least ``MIN_GROUP_SIZE``
    people, or the row is ``suppressed`` («for få svar») with no count and no figure; and it
    changes only under the release rule of ``core.disclosure``, which keeps every combination
    of released figures — between releases, between the organisation and its departments,
    after people joined, left or moved — from giving one person's value. Results span all
    time: a period filter would let two periods be subtracted. Pass rate = people who passed
    at least once / people counted; the score is the mean of each person's best percent.
    """
    check_department(organization, department)
    return knowledge_shown(knowledge_groups(organization), department)
