"""Participation tables: in total, by course, department and role, and month by month."""

from __future__ import annotations

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dashboards.selectors.participation import MonthActivity, Participation, ParticipationCounts
from dashboards.tables import Chart, Column, Kind, Table

ROLE_LABELS = {
    "learner": gettext_lazy("Learners"),
    "lead": gettext_lazy("Leads"),
    "admin": gettext_lazy("Administrators"),
}


def _counts_columns(first: str) -> list[Column]:
    return [
        Column(first),
        Column(_("Members"), Kind.COUNT),
        Column(_("Enrolled"), Kind.COUNT),
        Column(_("Active last 30 days"), Kind.COUNT),
        Column(_("Completed courses"), Kind.COUNT),
    ]


def _counts_cells(counts: ParticipationCounts) -> list[int]:
    return [counts.members, counts.enrolled, counts.active, counts.completions]


def participation_tables(data: Participation, months: list[MonthActivity]) -> list[Table]:
    return [
        Table(
            key="deltakelse",
            title=_("Participation in total"),
            description=_(
                "How many members take part in learning. Active means having completed a step "
                "in the last 30 days."
            ),
            columns=[Column(_("Measure")), Column(_("People or courses"), Kind.COUNT)],
            rows=[
                [_("Members"), data.totals.members],
                [_("Enrolled in at least one course"), data.totals.enrolled],
                [_("Active in the last 30 days"), data.totals.active],
                [_("Completed courses"), data.totals.completions],
            ],
        ),
        Table(
            key="deltakelse-maned",
            title=_("Month by month"),
            description=_(
                "The last twelve months: people who started a course, people who completed at "
                "least one step, and courses completed."
            ),
            columns=[
                Column(_("Month")),
                Column(_("Started a course"), Kind.COUNT),
                Column(_("Active"), Kind.COUNT),
                Column(_("Completed courses"), Kind.COUNT),
            ],
            rows=[
                [date_format(m.month, "F Y"), m.enrolled, m.active, m.completions] for m in months
            ],
            chart=Chart(value_column=2),
        ),
        Table(
            key="deltakelse-kurs",
            title=_("By course"),
            description=_("How many members have started and completed each course."),
            columns=[
                Column(_("Course")),
                Column(_("Enrolled"), Kind.COUNT),
                Column(_("Completed"), Kind.COUNT),
            ],
            rows=[[row.title, row.enrolled, row.completed] for row in data.by_course],
            chart=Chart(value_column=2),
            empty_text=_("Nobody has started a course yet."),
        ),
        Table(
            key="deltakelse-avdeling",
            title=_("By department"),
            description=_(
                "Members, enrolled members, active members and completed courses in each "
                "department."
            ),
            columns=_counts_columns(_("Department")),
            rows=[
                [row.name or _("No department"), *_counts_cells(row.counts)]
                for row in data.by_department
            ],
            empty_text=_("No members."),
        ),
        Table(
            key="deltakelse-rolle",
            title=_("By role"),
            description=_(
                "The same counts by role. Learners are members with no extra role; someone who "
                "is both lead and administrator counts in both rows."
            ),
            columns=_counts_columns(_("Role")),
            rows=[[str(ROLE_LABELS[row.role]), *_counts_cells(row.counts)] for row in data.by_role],
        ),
    ]
