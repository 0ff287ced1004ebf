"""The assignments section as a table: one row per assigned course."""

from __future__ import annotations

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from dashboards.selectors.assignments import AssignmentProgress
from dashboards.tables import Cell, Chart, Column, Kind, Table, people_cell
from learning.models import AssignedRole


def for_whom(row: AssignmentProgress) -> str:
    """Who an assignment is for, in the reader's language: a department or the whole
    organisation, narrowed to a role if it has one."""
    department = row.department_name
    if row.role == AssignedRole.LEAD:
        return _("Leads in %(group)s") % {"group": department} if department else _("Leads")
    if row.role == AssignedRole.ADMIN:
        if department:
            return _("Administrators in %(group)s") % {"group": department}
        return _("Administrators")
    return department or _("The whole organisation")


def progress_cells(row: AssignmentProgress, *, person_status_allowed: bool) -> list[Cell]:
    """People, done on time, done late, not done and overdue. Each is a person's completion
    status when the group is small, so without ``person_status_allowed`` a count below 5, or
    any count of a group below 5, is «fewer than 5» (organizations/small_groups.py)."""
    counts = (row.done_on_time, row.done_late, row.not_done, row.overdue)
    return [
        people_cell(row.members, shown=person_status_allowed),
        *(people_cell(n, group=row.members, shown=person_status_allowed) for n in counts),
    ]


def assignments_tables(
    rows: list[AssignmentProgress], *, person_status_allowed: bool
) -> list[Table]:
    """One table of the organisation's assignments. The cells are counts of people, shown at
    any size only when ``person_status_allowed`` (see ``progress_cells``); the rows keep the
    order of ``rows`` (soonest due first), so the page can link each row to
    ``dashboards:assignment_people`` with ``rows[i].assignment_id`` when
    ``person_status_allowed``."""
    description = _(
        "For each assigned course, how many of the people it is for finished it by the due "
        "date, after it, or not yet (overdue once the due date has passed)."
    )
    if person_status_allowed:
        description = _(
            "For each assigned course, how many of the people it is for finished it by the due "
            "date, after it, or not yet (overdue once the due date has passed); open an "
            "assignment to see each person's status."
        )
    return [
        Table(
            key="oppdrag",
            title=_("Assignments"),
            description=description,
            columns=[
                Column(_("Course")),
                Column(_("For whom")),
                Column(_("Due date")),
                Column(_("People"), Kind.COUNT),
                Column(_("Done on time"), Kind.COUNT),
                Column(_("Done late"), Kind.COUNT),
                Column(_("Not done"), Kind.COUNT),
                Column(_("Overdue"), Kind.COUNT),
            ],
            rows=[
                [
                    row.course_title,
                    for_whom(row),
                    date_format(row.due_date, "DATE_FORMAT"),
                    *progress_cells(row, person_status_allowed=person_status_allowed),
                ]
                for row in rows
            ],
            chart=Chart(value_column=4),
            empty_text=_("No courses have been assigned yet."),
        )
    ]
