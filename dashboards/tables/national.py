"""The national picture's tables: one row per organisation (sortable, filterable by county,
exported as CSV) and the county overview with capacity by county."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from assessments.scale import SCALE_MAX, SCALE_MIN
from assessments.scoring import MIN_GROUP_SIZE
from dashboards.selectors.national import (
    DIMENSIONS,
    MIN_ORGANIZATIONS,
    PROTECTS_OTHERS,
    CountyRow,
    NationalPicture,
    OrganizationRow,
    name_sort_key,
)
from dashboards.tables import Cell, Column, Kind, Table
from organizations.models import OrganizationKind

ORGANIZATIONS_KEY = "nasjonalt-organisasjoner"
COUNTIES_KEY = "nasjonalt-fylker"


def _kind_label(kind: str) -> str:
    return str(OrganizationKind(kind).label) if kind in OrganizationKind.values else kind


@dataclass(frozen=True)
class OrganizationColumn:
    """A column of the organisation table: ``key`` is its value of ``?sorter=``."""

    key: str
    column: Column
    value: Callable[[OrganizationRow], Cell]
    sort_value: Callable[[OrganizationRow], Any]


def _organization_columns() -> list[OrganizationColumn]:
    """In the reader's language, so kinds sort by the label the reader sees."""

    def count(label: str, key: str, attribute: str) -> OrganizationColumn:
        def value(row: OrganizationRow) -> int:
            return getattr(row, attribute)

        return OrganizationColumn(key, Column(label, Kind.COUNT), value, value)

    return [
        OrganizationColumn(
            "navn", Column(_("Organisation")), lambda r: r.name, lambda r: name_sort_key(r.name)
        ),
        OrganizationColumn(
            "fylke",
            Column(_("County")),
            lambda r: r.county_name or _("No county"),
            lambda r: name_sort_key(r.county_name),
        ),
        OrganizationColumn(
            "type",
            Column(_("Kind")),
            lambda r: _kind_label(r.kind),
            lambda r: name_sort_key(_kind_label(r.kind)),
        ),
        count(_("Members"), "medlemmer", "members"),
        count(_("Enrolled"), "pameldte", "enrolled"),
        count(_("Completed courses"), "fullforinger", "completions"),
        count(_("Survey respondents"), "svar", "respondents"),
        count(_("Cases shared"), "saker", "cases"),
        count(_("Joint procurements"), "fellesanskaffelser", "joint_procurements"),
    ]


DEFAULT_SORT = "navn"


def organization_sort_keys() -> list[str]:
    """The organisation table's column keys, in column order; ``?sorter=`` takes one of them."""
    return [column.key for column in _organization_columns()]


def _organizations_table(
    rows: list[OrganizationRow], *, sort: str, descending: bool, county_name: str | None
) -> Table:
    columns = _organization_columns()
    by_key = {column.key: column for column in columns}
    chosen = by_key.get(sort, by_key[DEFAULT_SORT])
    # Sorted twice so that ties keep name order whichever way the chosen column runs.
    ordered = sorted(rows, key=lambda row: name_sort_key(row.name))
    ordered.sort(key=chosen.sort_value, reverse=descending)
    description = _(
        "Each organisation's members, members enrolled in at least one course, completed "
        "courses, respondents in its latest closed capacity survey, and live cases it has "
        "bought in (joint procurements: cases with two or more buyers). These are counts, "
        "not scores."
    )
    if county_name:
        description += " " + _("Showing organisations in %(county)s.") % {"county": county_name}
    return Table(
        key=ORGANIZATIONS_KEY,
        title=_("Organisations"),
        description=description,
        columns=[column.column for column in columns],
        rows=[[column.value(row) for column in columns] for row in ordered],
        empty_text=_("No organisation has members or cases yet."),
    )


def _capacity_cell(row: CountyRow, measure: str) -> Cell:
    mean = row.capacity.get(measure)
    if mean is not None:
        return mean
    if row.capacity_hidden.get(measure) == PROTECTS_OTHERS:
        return _("Hidden to protect others")
    return _("Too few organisations")


def _county_cells(label: str, row: CountyRow) -> list[Cell]:
    return [
        label,
        row.organizations,
        row.members,
        row.enrolled,
        row.completions,
        row.surveyed,
        *(_capacity_cell(row, measure) for measure in (*DIMENSIONS, "potential", "realised")),
    ]


def _counties_table(picture: NationalPicture, names: dict[str, str]) -> Table:
    english = {
        "acquisition": _("Acquisition"),
        "assimilation": _("Assimilation"),
        "transformation": _("Transformation"),
        "exploitation": _("Exploitation"),
    }
    rows = [_county_cells(row.name or _("No county"), row) for row in picture.counties]
    if picture.counties:
        rows.append(_county_cells(_("All of Norway"), picture.national))
    return Table(
        key=COUNTIES_KEY,
        title=_("Counties"),
        description=_(
            "Organisations, members, enrolled members and completed courses per county, and "
            "absorptive capacity on the %(min)s to %(max)s scale as the average of organisation "
            "means. Only organisations with at least %(n)s respondents count, and a county shows "
            "capacity only when at least %(k)s of them have answered, so that no single "
            "organisation can be read out."
        )
        % {"min": SCALE_MIN, "max": SCALE_MAX, "n": MIN_GROUP_SIZE, "k": MIN_ORGANIZATIONS},
        columns=[
            Column(_("County")),
            Column(_("Organisations"), Kind.COUNT),
            Column(_("Members"), Kind.COUNT),
            Column(_("Enrolled"), Kind.COUNT),
            Column(_("Completed courses"), Kind.COUNT),
            Column(
                _("Organisations with %(n)s or more respondents") % {"n": MIN_GROUP_SIZE},
                Kind.COUNT,
            ),
            *(Column(names.get(key) or english[key], Kind.MEAN) for key in DIMENSIONS),
            Column(_("Potential capacity"), Kind.MEAN),
            Column(_("Realised capacity"), Kind.MEAN),
        ],
        rows=rows,
        empty_text=_("No organisation has members or cases yet."),
    )


def national_tables(
    picture: NationalPicture,
    names: dict[str, str] | None = None,
    *,
    sort: str = DEFAULT_SORT,
    descending: bool = False,
    county_id: int | None = None,
) -> list[Table]:
    """The organisation table sorted by the column ``sort`` (one of ``organization_sort_keys()``,
    else by name) and narrowed to one county if ``county_id`` is given; then the county
    overview, always for every county, with the national row last. ``names`` maps dimension
    keys to their names in the reader's language (``assessments.selectors.dimension_names``);
    without it the English names are translated."""
    rows = picture.organizations
    county_name = None
    if county_id is not None:
        rows = [row for row in rows if row.county_id == county_id]
        county_name = next((c.name for c in picture.counties if c.county_id == county_id), None)
    return [
        _organizations_table(rows, sort=sort, descending=descending, county_name=county_name),
        _counties_table(picture, names or {}),
    ]
