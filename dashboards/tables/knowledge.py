"""Knowledge tables: quiz results per course and module, the distribution of best scores, and
the gain from pre-test to final test. A suppressed row shows «For få svar» in every figure."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from assessments.scoring import MIN_GROUP_SIZE
from core.disclosure.rule import MIN_COHORT
from dashboards.exports import round_half_up
from dashboards.selectors.knowledge import SCORE_BANDS, CourseGain, Knowledge, QuizKnowledge
from dashboards.tables import TOO_FEW, Cell, Chart, Column, Kind, Table

PERCENT_MAX = 100


def _release_rule() -> str:
    return _(
        "The figures change only when at least %(n)s people's results have changed together, "
        "so that no one's result can be worked out by comparing figures; «Figures from» says "
        "when each row last changed."
    ) % {"n": MIN_COHORT}


def _released_on(released_at: datetime | None) -> str:
    if released_at is None:
        return ""
    return date_format(timezone.localtime(released_at), "SHORT_DATE_FORMAT")


def _quiz_label(row: QuizKnowledge) -> str:
    # Pre-tests and final tests often share a title across courses, so the course is part of
    # the row's name (and of each bar's label in the chart).
    return f"{row.course_title} – {row.quiz_title}" if row.course_title else row.quiz_title


def _results_table(data: Knowledge) -> Table:
    def figures(row: QuizKnowledge) -> list[Cell]:
        if row.suppressed:
            return [TOO_FEW] * 3 + [""]
        return [row.people, row.pass_rate, row.mean_percent, _released_on(row.released_at)]

    return Table(
        key="kunnskap-quiz",
        title=_("Quiz results by course and module"),
        description=_(
            "For each quiz taken by at least %(n)s people: how many took it, the share who "
            "passed, and the average of each person's best score."
        )
        % {"n": MIN_GROUP_SIZE}
        + " "
        + _release_rule(),
        columns=[
            Column(_("Quiz")),
            Column(_("Module")),
            Column(_("People"), Kind.COUNT),
            Column(_("Pass rate"), Kind.PERCENT),
            Column(_("Average best score"), Kind.PERCENT),
            Column(_("Figures from")),
        ],
        rows=[[_quiz_label(row), row.module_title, *figures(row)] for row in data.quizzes],
        chart=Chart(value_column=3, maximum=PERCENT_MAX),
        empty_text=_("Nobody has taken a quiz yet."),
    )


def _band_label(low: int, high: int) -> str:
    return _("%(low)s–%(high)s %%") % {"low": low, "high": high}


def _distribution_table(data: Knowledge) -> Table:
    def bands(row: QuizKnowledge) -> list[Cell]:
        if row.suppressed or row.distribution is None:
            return [TOO_FEW] * len(SCORE_BANDS)
        return list(row.distribution)

    return Table(
        key="kunnskap-fordeling",
        title=_("Score distribution"),
        description=_(
            "How many people's best score on each quiz falls in each band, for quizzes taken "
            "by at least %(n)s people."
        )
        % {"n": MIN_GROUP_SIZE},
        columns=[
            Column(_("Quiz")),
            *(Column(_band_label(low, high), Kind.COUNT) for low, high in SCORE_BANDS),
        ],
        rows=[[_quiz_label(row), *bands(row)] for row in data.quizzes],
        empty_text=_("Nobody has taken a quiz yet."),
    )


def _gain_table(data: Knowledge) -> Table:
    def figures(row: CourseGain) -> list[Cell]:
        if row.suppressed:
            return [TOO_FEW] * 4 + [""]
        # Percentage points read as a whole number, like the percentages beside them.
        gain = int(round_half_up(row.mean_gain, 0))
        released = _released_on(row.released_at)
        return [row.people, row.mean_pretest, row.mean_final, gain, released]

    return Table(
        key="kunnskap-gevinst",
        title=_("From pre-test to final test"),
        description=_(
            "For people who took both a course's pre-test and its final test, at least %(n)s "
            "per course: the average of their first pre-test, of their best final test, and "
            "the gain in percentage points."
        )
        % {"n": MIN_GROUP_SIZE},
        columns=[
            Column(_("Course")),
            Column(_("People"), Kind.COUNT),
            Column(_("Average pre-test"), Kind.PERCENT),
            Column(_("Average final test"), Kind.PERCENT),
            Column(_("Gain (percentage points)"), Kind.CHANGE),
            Column(_("Figures from")),
        ],
        rows=[[row.course_title, *figures(row)] for row in data.gains],
        chart=Chart(value_column=4, maximum=PERCENT_MAX),
        empty_text=_("Nobody has taken both a pre-test and a final test yet."),
    )


def knowledge_tables(data: Knowledge) -> list[Table]:
    """The knowledge section's tables, in the reader's language."""
    return [_results_table(data), _distribution_table(data), _gain_table(data)]
