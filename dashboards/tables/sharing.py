"""The sharing section's tables: the organisation's published cases, its joint procurements, and
the other organisations' cases its people read."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cases.models import ParticipantRole
from dashboards.selectors.sharing import SharedCase, Sharing
from dashboards.tables import Chart, Column, Kind, Table


def _role_label(role: str) -> str:
    try:
        return str(ParticipantRole(role).label)
    except ValueError:
        return role


def _published_on(case: SharedCase) -> str | None:
    # ISO dates sort right and read the same in every language and spreadsheet.
    return case.first_published.isoformat() if case.first_published else None


def _published_table(data: Sharing) -> Table:
    return Table(
        key="deling-publisert",
        title=_("Cases we have shared"),
        description=_(
            "Published cases in the case database where our organisation is a buyer, newest first."
        ),
        columns=[
            Column(_("Case")),
            Column(_("Our role")),
            Column(_("Buyers"), Kind.COUNT),
            Column(_("First published")),
        ],
        rows=[
            [case.title, _role_label(case.role), case.buyers, _published_on(case)]
            for case in data.published
        ],
        empty_text=_("Our organisation is not a buyer in any published case yet."),
    )


def _joint_table(data: Sharing) -> Table:
    return Table(
        key="deling-felles",
        title=_("Joint procurements we take part in"),
        description=_(
            "Published cases we buy together with other organisations, or that are looking "
            "for partners to do so."
        ),
        columns=[
            Column(_("Case")),
            Column(_("Our role")),
            Column(_("Buyers"), Kind.COUNT),
            Column(_("Status")),
            Column(_("Seeking partners")),
        ],
        rows=[
            [
                case.title,
                _role_label(case.role),
                case.buyers,
                case.status,
                _("Yes") if case.seeks_partners else _("No"),
            ]
            for case in data.joint
        ],
        empty_text=_("Our organisation takes part in no published joint procurement yet."),
    )


def _read_table(data: Sharing) -> Table:
    return Table(
        key="deling-lest",
        title=_("Other organisations' cases our people have read"),
        description=ngettext(
            "%(readers)d of our members has read other organisations' cases; these are the "
            "cases read by most of us, with how many lessons learned each one shares.",
            "%(readers)d of our members have read other organisations' cases; these are the "
            "cases read by most of us, with how many lessons learned each one shares.",
            data.readers,
        )
        % {"readers": data.readers},
        columns=[
            Column(_("Case")),
            Column(_("Buyers")),
            Column(_("Members who have read it"), Kind.COUNT),
            Column(_("Lessons learned"), Kind.COUNT),
        ],
        rows=[
            [case.title, case.buyers, case.readers, case.lessons] for case in data.read_elsewhere
        ],
        chart=Chart(value_column=2),
        empty_text=_("None of our members has read another organisation's case yet."),
    )


def sharing_tables(data: Sharing) -> list[Table]:
    return [_published_table(data), _joint_table(data), _read_table(data)]
