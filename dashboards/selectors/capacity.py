"""Absorptive capacity: the latest closed survey round of the organisation, as plain values
(dimension keys, not model objects) so that a snapshot can store it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from assessments.models import SurveyRound
from assessments.scoring import GroupResult
from assessments.selectors import RoundResults
from assessments.services import survey_round_results_release
from organizations.models import Organization


@dataclass(frozen=True)
class DimensionScore:
    key: str  # SurveyDimension.key: acquisition, assimilation, transformation, exploitation
    result: GroupResult | None  # None: fewer than 5 answered, no figures at all


@dataclass(frozen=True)
class DimensionChange:
    key: str
    change: float  # latest mean minus the previous round's, on the 1 to 7 scale


@dataclass(frozen=True)
class Capacity:
    """The latest closed survey round's results and, where both rounds have at least 5
    answers on a dimension, its change since the round before. Knowledge is shown beside
    this, never blended into it."""

    round_title: str
    closes_on: date
    asked: int
    answered: int
    dimensions: list[DimensionScore]
    potential: GroupResult | None
    realised: GroupResult | None
    previous_round_title: str | None
    changes: list[DimensionChange]
    potential_change: float | None = None  # since the previous round, where both have figures
    realised_change: float | None = None

    @property
    def too_few(self) -> bool:
        return all(row.result is None for row in self.dimensions)

    def mean_of(self, key: str) -> float | None:
        return next(
            (row.result.mean for row in self.dimensions if row.key == key and row.result), None
        )


@dataclass(frozen=True)
class Comparison:
    """Means per dimension key for the county and the country; None where too few
    organisations have answered to show one without revealing any of them."""

    county_name: str
    county: dict[str, float | None]
    national: dict[str, float | None]


def _changes(latest: RoundResults, previous: RoundResults | None) -> list[DimensionChange]:
    if previous is None:
        return []
    before = {row.key: row.result for row in previous.dimensions}
    return [
        DimensionChange(row.key, row.result.mean - before[row.key].mean)
        for row in latest.dimensions
        if row.result and before.get(row.key)
    ]


def _index_change(latest: RoundResults, previous: RoundResults | None, index: str) -> float | None:
    """The change of potential or realised capacity since the previous round."""
    now, before = getattr(latest, index), getattr(previous, index) if previous else None
    return now.mean - before.mean if now and before else None


def capacity(organization: Organization) -> Capacity | None:
    """The organisation's absorptive capacity from its latest closed survey round; None when
    no round has closed. The figures are the round's fixed ones, the same the survey results
    page shows (the first reading after close fixes them). Departments don't narrow it."""
    rounds = list(
        SurveyRound.objects.filter(
            organization=organization, closes_on__lt=timezone.localdate()
        ).order_by("-closes_on", "-pk")[:2]
    )
    if not rounds:
        return None
    latest, previous = rounds[0], (rounds[1] if len(rounds) > 1 else None)
    results = survey_round_results_release(survey_round=latest)
    previous_results = survey_round_results_release(survey_round=previous) if previous else None
    return Capacity(
        round_title=latest.title,
        closes_on=latest.closes_on,
        asked=results.asked,
        answered=results.answered,
        dimensions=[DimensionScore(row.key, row.result) for row in results.dimensions],
        potential=results.potential,
        realised=results.realised,
        previous_round_title=previous.title if previous else None,
        changes=_changes(results, previous_results),
        potential_change=_index_change(results, previous_results, "potential"),
        realised_change=_index_change(results, previous_results, "realised"),
    )
