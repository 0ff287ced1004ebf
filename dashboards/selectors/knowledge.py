"""Knowledge: quiz results, only for groups of at least ``MIN_GROUP_SIZE`` people."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, FloatField, Max, OuterRef, Q, Subquery
from wagtail.models import Page

from assessments.models import Attempt, QuizPage
from assessments.scoring import MIN_GROUP_SIZE
from dashboards.selectors.scope import check_department, member_lookup
from organizations.models import Department, Organization


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
            submitted_at__isnull=False, **member_lookup("user__", organization, None)
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
            **member_lookup("user__", organization, department),
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
    check_department(organization, department)
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
