"""The sharing section's tables: the organisation's published cases, its joint procurements, and
the other organisations' cases its people read."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cases.models import ParticipantRole
from dashboards.selectors.sharing import ReadCase, SharedCase, Sharing
from dashboards.tables import Cell, Chart, Column, Kind, Table

Case = SharedCase | ReadCase
Field = tuple[Column, Callable[[Case], Cell]]
"""A column after «Case» and how a case fills it: kept side by side so they cannot drift."""


def _role_label(role: str) -> str:
    try:
        return str(ParticipantRole(role).label)
    except ValueError:
        return role


def _published_on(case: SharedCase) -> str | None:
    # ISO dates sort right and read the same in every language and spreadsheet.
    return case.first_published.isoformat() if case.first_published else None


def _cases_table(
    key: str,
    cases: Sequence[Case],
    fields: list[Field],
    *,
    title: str,
    description: str,
    empty_text: str,
    chart: Chart | None = None,
) -> Table:
    """One row per case: its title, then one cell per field."""
    return Table(
        key=key,
        title=title,
        description=description,
        columns=[Column(_("Case")), *(column for column, _value in fields)],
        rows=[[case.title, *(value(case) for _column, value in fields)] for case in cases],
        chart=chart,
        empty_text=empty_text,
    )


def _our_part() -> list[Field]:
    """Our role in a case we buy in, and how many buyers it has."""
    return [
        (Column(_("Our role")), lambda case: _role_label(case.role)),
        (Column(_("Buyers"), Kind.COUNT), lambda case: case.buyers),
    ]


def _read_description(readers: int) -> str:
    return ngettext(
        "%(readers)d of our members has read other organisations' cases; these are the "
        "cases read by most of us, with how many lessons learned each one shares.",
        "%(readers)d of our members have read other organisations' cases; these are the "
        "cases read by most of us, with how many lessons learned each one shares.",
        readers,
    ) % {"readers": readers}


def sharing_tables(data: Sharing) -> list[Table]:
    return [
        _cases_table(
            "deling-publisert",
            data.published,
            [*_our_part(), (Column(_("First published")), _published_on)],
            title=_("Cases we have shared"),
            description=_(
                "Published cases in the case database where our organisation is a buyer, "
                "newest first."
            ),
            empty_text=_("Our organisation is not a buyer in any published case yet."),
        ),
        _cases_table(
            "deling-felles",
            data.joint,
            [
                *_our_part(),
                (Column(_("Status")), lambda case: case.status),
                (
                    Column(_("Seeking partners")),
                    lambda case: _("Yes") if case.seeks_partners else _("No"),
                ),
            ],
            title=_("Joint procurements we take part in"),
            description=_(
                "Published cases we buy together with other organisations, or that are looking "
                "for partners to do so."
            ),
            empty_text=_("Our organisation takes part in no published joint procurement yet."),
        ),
        _cases_table(
            "deling-lest",
            data.read_elsewhere,
            [
                (Column(_("Buyers")), lambda case: case.buyers),
                (Column(_("Members who have read it"), Kind.COUNT), lambda case: case.readers),
                (Column(_("Lessons learned"), Kind.COUNT), lambda case: case.lessons),
            ],
            title=_("Other organisations' cases our people have read"),
            description=_read_description(data.readers),
            empty_text=_("None of our members has read another organisation's case yet."),
            chart=Chart(value_column=2),
        ),
    ]
