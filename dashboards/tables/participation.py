"""Participation tables: in total, by course, department and role, and month by month.

Every count of people follows organizations/small_groups.py, applied here when the page or an
export is rendered, from the organisation's setting at that moment (a snapshot computed before
the setting changed is shown under the new one at once): with leads' view of each person's
status off, a count below ``MIN_PEOPLE_SHOWN``, or any figure of a group that small, is «fewer
than n»; with it on, completion status is shown at any size and activity still follows the
rule."""

from __future__ import annotations

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dashboards.selectors.participation import (
    ACTIVE_DAYS,
    MonthActivity,
    Participation,
    ParticipationCounts,
)
from dashboards.tables import FEW_PEOPLE, HIDDEN, Cell, Chart, Column, Kind, Table, people_cell
from organizations.small_groups import breakdown_safe, too_few_people


def active_label() -> str:
    """The name of the activity count, with the window it counts over."""
    return _("Active last %(days)s days") % {"days": ACTIVE_DAYS}


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
        Column(active_label(), Kind.COUNT),
        Column(_("Completed courses"), Kind.COUNT),
    ]


def _counts_cells(counts: ParticipationCounts, status_shown: bool) -> list[Cell]:
    """Members, enrolled, active and completed courses of one group. Completed courses are a
    count of courses, not people, so they go with the group: hidden when the group or the
    people enrolled in it are too few to hide one person's record."""
    group = counts.members
    completions_hidden = too_few_people(counts.enrolled, group=group)
    return [
        people_cell(group, shown=status_shown),
        people_cell(counts.enrolled, group=group, shown=status_shown),
        people_cell(counts.active, group=group),
        FEW_PEOPLE if completions_hidden and not status_shown else counts.completions,
    ]


def _month_cells(month: MonthActivity, scope_members: int) -> list[Cell]:
    """What people did in a month is activity, never promised by the setting."""
    return [
        people_cell(month.enrolled, group=scope_members),
        people_cell(month.active, group=scope_members),
        FEW_PEOPLE if too_few_people(month.active, group=scope_members) else month.completions,
    ]


COUNT_FIELDS = ("enrolled", "active", "completions")


def _department_rows(data: Participation, status_shown: bool) -> list[list[Cell]]:
    """One row per department (and the members without one). Without the per-person setting,
    a column is shown only when the whole breakdown passes ``breakdown_safe``; otherwise every
    department's figure in it is hidden, since the total minus the others would give back a
    small department's hidden count."""
    rows = [
        [row.name or _("No department"), *_counts_cells(row.counts, status_shown)]
        for row in data.by_department
    ]
    if status_shown:
        return rows
    for index, field in enumerate(COUNT_FIELDS, start=2):
        cells = [(row.counts.members, getattr(row.counts, field)) for row in data.by_department]
        if not breakdown_safe(cells):
            for row in rows:
                row[index] = HIDDEN
    return rows


def participation_tables(
    data: Participation, months: list[MonthActivity], *, person_status_allowed: bool = False
) -> list[Table]:
    """``person_status_allowed``: the organisation's ``leads_see_person_status`` now. Without
    it every small count is hidden, the safe side."""
    status = person_status_allowed
    totals = _counts_cells(data.totals, status)
    scope = data.totals.members
    return [
        Table(
            key="deltakelse",
            title=_("Participation in total"),
            description=_(
                "How many members take part in learning. Active means having completed a step "
                "in the last %(days)s days."
            )
            % {"days": ACTIVE_DAYS},
            columns=[Column(_("Measure")), Column(_("People or courses"), Kind.COUNT)],
            rows=[
                [_("Members"), totals[0]],
                [_("Enrolled in at least one course"), totals[1]],
                [_("Active in the last %(days)s days") % {"days": ACTIVE_DAYS}, totals[2]],
                [_("Completed courses"), totals[3]],
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
            rows=[[date_format(m.month, "F Y"), *_month_cells(m, scope)] for m in months],
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
            rows=[
                [
                    row.title,
                    people_cell(row.enrolled, group=scope, shown=status),
                    people_cell(row.completed, group=scope, shown=status),
                ]
                for row in data.by_course
            ],
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
            rows=_department_rows(data, status),
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
            rows=[
                [str(ROLE_LABELS[row.role]), *_counts_cells(row.counts, status)]
                for row in data.by_role
            ],
        ),
    ]
