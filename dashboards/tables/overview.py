"""The dashboard's first screen: the key figures as cards, and the few things a lead should act
on, each linking to the section that explains it. Built per request from the same snapshot as
the sections, in the reader's language, under the same privacy rules (organizations.small_groups):
a count of fewer than five people is not shown unless the organisation's per-person status
setting promises it, and neither is a change of fewer than five between two months, which would
say what one person did."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from dashboards.selectors.assignments import AssignmentProgress
from dashboards.selectors.capacity import Capacity
from dashboards.selectors.participation import MonthActivity, ParticipationCounts
from dashboards.tables import HIDDEN
from dashboards.tables.participation import active_label
from organizations.small_groups import people_shown, too_few_people

SECTIONS = {
    "participation": "#participation-heading",
    "assignments": "#assignments-heading",
    "knowledge": "#knowledge-heading",
    "capacity": "#capacity-heading",
}


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
    detail: str  # what the figure is compared with, or why a figure is missing
    href: str


@dataclass(frozen=True)
class Action:
    text: str
    href: str


def _count(count: int, *, promised: bool) -> str:
    """The count as the card shows it; ``promised``: the per-person status setting shows it
    at any size."""
    shown = people_shown(count, shown=promised or count == 0)
    return number_format(shown, force_grouping=True) if isinstance(shown, int) else shown


def _month_change(months: list[MonthActivity], field: str) -> str:
    """The change between the last two whole months, e.g. «+12 from October to November»;
    empty when there are not two whole months, or when either month or the change counts
    fewer than five people (what people did when is never promised per person)."""
    if len(months) < 3:
        return ""
    before, after = months[-3], months[-2]
    old, new = getattr(before, field), getattr(after, field)
    change = new - old
    if too_few_people(min(old, new)) or (change and too_few_people(abs(change))):
        return ""
    return _("%(change)s from %(before)s to %(after)s") % {
        "change": f"{change:+d}".replace("-", "−"),  # a real minus sign, as in print
        "before": date_format(before.month, "F"),
        "after": date_format(after.month, "F"),
    }


def _capacity_figure(label: str, result, change: float | None) -> KeyFigure:
    if result is None:
        return KeyFigure(
            label, "–", _("No closed survey with enough answers"), SECTIONS["capacity"]
        )
    value = _("%(mean)s of 7") % {"mean": number_format(result.mean, 1)}
    detail = _("%(n)s answered") % {"n": result.n}
    if change is not None:
        sign = "−" if change < 0 else "+"
        detail = _("%(change)s since the previous round") % {
            "change": sign + number_format(abs(change), 1)
        }
    return KeyFigure(label, value, detail, SECTIONS["capacity"])


def key_figures(
    totals: ParticipationCounts,
    months: list[MonthActivity],
    assignments: list[AssignmentProgress],
    capacity: Capacity | None,
    *,
    person_status_allowed: bool,
    counts_hidden: bool = False,
) -> list[KeyFigure]:
    """Members, active lately (ACTIVE_DAYS), completions, overdue assignments, potential and
    realised capacity. ``counts_hidden``: a department's page without the per-person setting,
    which shows no counts of people (see dashboards.views.organization)."""
    if counts_hidden:
        return [
            KeyFigure(label, str(HIDDEN), _("Not shown per department"), SECTIONS[section])
            for label, section in (
                (_("Members"), "participation"),
                (active_label(), "participation"),
                (_("Completed courses"), "participation"),
                (_("Overdue in assignments"), "assignments"),
            )
        ] + _capacity_figures(capacity)
    overdue = sum(row.overdue for row in assignments)
    return [
        KeyFigure(
            _("Members"),
            _count(totals.members, promised=person_status_allowed),
            "",
            SECTIONS["participation"],
        ),
        KeyFigure(
            active_label(),
            _count(totals.active, promised=False),
            _month_change(months, "active"),
            SECTIONS["participation"],
        ),
        KeyFigure(
            _("Completed courses"),
            _count(totals.completions, promised=person_status_allowed),
            _month_change(months, "completions"),
            SECTIONS["participation"],
        ),
        KeyFigure(
            _("Overdue in assignments"),
            _count(overdue, promised=person_status_allowed),
            ngettext("%(n)s assigned course", "%(n)s assigned courses", len(assignments))
            % {"n": len(assignments)},
            SECTIONS["assignments"],
        ),
        *_capacity_figures(capacity),
    ]


def _capacity_figures(capacity: Capacity | None) -> list[KeyFigure]:
    potential = capacity.potential if capacity else None
    realised = capacity.realised if capacity else None
    return [
        _capacity_figure(
            _("Potential capacity"), potential, capacity.potential_change if capacity else None
        ),
        _capacity_figure(
            _("Realised capacity"), realised, capacity.realised_change if capacity else None
        ),
    ]


def actions(
    assignments: list[AssignmentProgress],
    capacity: Capacity | None,
    dimension_names: dict[str, str],
    *,
    person_status_allowed: bool,
) -> list[Action]:
    """What to act on: assignments with people overdue, assigned courses nobody has started,
    and capacity dimensions whose respondents disagree."""
    found: list[Action] = []
    for row in assignments:
        due = date_format(row.due_date, "DATE_FORMAT")
        if row.overdue:
            found.append(
                Action(
                    _("%(count)s overdue in «%(course)s» (due %(due)s)")
                    % {
                        "count": _count(row.overdue, promised=person_status_allowed),
                        "course": row.course_title,
                        "due": due,
                    },
                    SECTIONS["assignments"],
                )
            )
        if row.members and not row.started:
            found.append(
                Action(
                    _("Nobody has started «%(course)s» yet (due %(due)s)")
                    % {"course": row.course_title, "due": due},
                    SECTIONS["assignments"],
                )
            )
    for dimension in capacity.dimensions if capacity else []:
        if dimension.result and dimension.result.low_agreement:
            found.append(
                Action(
                    _("Low agreement on «%(dimension)s»: read its mean with care")
                    % {"dimension": dimension_names.get(dimension.key, dimension.key)},
                    SECTIONS["capacity"],
                )
            )
    return found
