"""Absorptive capacity tables: the latest round per dimension, its change since the round
before, and how it compares with the county and the country."""

from __future__ import annotations

from django.utils.translation import gettext as _

from assessments.scale import SCALE_MAX, scale_words
from assessments.scoring import (
    LOW_ALPHA_THRESHOLD,
    MIN_ALPHA_RESPONDENTS,
    MIN_GROUP_SIZE,
    GroupResult,
)
from dashboards.selectors.capacity import Capacity, Comparison
from dashboards.selectors.national import MIN_ORGANIZATIONS
from dashboards.tables import TOO_FEW, Cell, Chart, Column, Kind, Table


def _result_cells(result: GroupResult | None, *, with_agreement: bool) -> list[Cell]:
    if result is None:
        return [TOO_FEW] * 7
    agreement: list[Cell] = [None, None, None]
    if with_agreement:
        notes = [_("low agreement – interpret with care")] if result.low_agreement else []
        if result.alpha is not None and result.alpha < LOW_ALPHA_THRESHOLD:
            notes.append(_("low alpha – read with care"))
        agreement = [result.rwg_j, "; ".join(notes), result.alpha]
    return [result.n, result.mean, result.sd, result.ci_low, result.ci_high, *agreement]


def _results_table(capacity: Capacity, names: dict[str, str]) -> Table:
    rows = [
        [names.get(row.key, row.key), *_result_cells(row.result, with_agreement=True)]
        for row in capacity.dimensions
    ]
    rows.append([_("Potential capacity"), *_result_cells(capacity.potential, with_agreement=False)])
    rows.append([_("Realised capacity"), *_result_cells(capacity.realised, with_agreement=False)])
    return Table(
        key="kapasitet",
        title=_("Absorptive capacity by dimension"),
        description=_(
            "The average on a scale from %(min)s (%(min_label)s) to %(max)s (%(max_label)s) for "
            "each dimension, with the spread (SD), a confidence interval (95 %%), and how much "
            "people agree (rwg(j), from 0 to 1)."
        )
        % scale_words()
        + " "
        + _(
            "Alpha, how consistently a dimension's statements measure one thing, is shown only "
            "when at least %(minimum)s people answered all of them: with fewer it varies too "
            "much by chance to judge. Below 0.70, or negative, the statements did not measure "
            "one thing consistently in this group, and the figures should be read with care."
        )
        % {"minimum": MIN_ALPHA_RESPONDENTS},
        columns=[
            Column(_("Dimension")),
            Column("n", Kind.COUNT),
            Column(_("Mean"), Kind.MEAN),
            Column("SD", Kind.MEAN),
            Column(_("95 % CI from"), Kind.MEAN),
            Column(_("95 % CI to"), Kind.MEAN),
            Column("rwg(j)", Kind.MEAN),
            Column(_("Note")),
            Column(_("Alpha"), Kind.MEAN),
        ],
        rows=rows,
        chart=Chart(value_column=2, maximum=SCALE_MAX),
    )


def _changes_table(capacity: Capacity, names: dict[str, str]) -> Table:
    return Table(
        key="kapasitet-endring",
        title=_("Change since «%(title)s»") % {"title": capacity.previous_round_title},
        description=_(
            "How much each dimension's mean has moved since the round before, on the %(min)s "
            "to %(max)s scale. Only dimensions with at least %(n)s answers in both rounds."
        )
        % {**scale_words(), "n": MIN_GROUP_SIZE},
        columns=[Column(_("Dimension")), Column(_("Change in mean"), Kind.CHANGE)],
        rows=[[names.get(row.key, row.key), row.change] for row in capacity.changes],
        empty_text=_("Too few answers in one of the rounds to compare."),
    )


def _comparison_table(capacity: Capacity, comparison: Comparison, names: dict[str, str]) -> Table:
    def shown(value: float | None) -> Cell:
        return TOO_FEW if value is None else value

    return Table(
        key="kapasitet-sammenligning",
        title=_("Compared with the county and the country"),
        description=_(
            "Our mean beside the average of organisations in %(county)s and in the whole "
            "country. Each average counts every organisation once and is built only from "
            "organisations with at least %(n)s answers, and only when at least %(k)s of them "
            "have answered, so that no single organisation can be read out."
        )
        % {"county": comparison.county_name, "n": MIN_GROUP_SIZE, "k": MIN_ORGANIZATIONS},
        columns=[
            Column(_("Dimension")),
            Column(_("Us"), Kind.MEAN),
            Column(comparison.county_name, Kind.MEAN),
            Column(_("Norway"), Kind.MEAN),
        ],
        rows=[
            [
                names.get(row.key, row.key),
                shown(row.result.mean if row.result else None),
                shown(comparison.county.get(row.key)),
                shown(comparison.national.get(row.key)),
            ]
            for row in capacity.dimensions
        ],
    )


def capacity_tables(
    capacity: Capacity, names: dict[str, str], comparison: Comparison | None
) -> list[Table]:
    """``names`` maps dimension keys to their names in the reader's language."""
    tables = [_results_table(capacity, names)]
    if capacity.previous_round_title is not None:
        tables.append(_changes_table(capacity, names))
    if comparison is not None:
        tables.append(_comparison_table(capacity, comparison, names))
    return tables
