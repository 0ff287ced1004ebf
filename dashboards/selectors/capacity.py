"""Absorptive capacity: the latest closed survey round of the organisation."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from assessments.models import SurveyRound
from assessments.selectors import RoundResults, round_results
from organizations.models import Organization


@dataclass(frozen=True)
class DimensionChange:
    dimension: str
    change: float  # latest mean minus the previous round's, on the 1 to 7 scale


@dataclass(frozen=True)
class Capacity:
    """The latest closed survey round's results and, where both rounds have at least 5
    answers on a dimension, its change since the round before. Knowledge is shown beside
    this, never blended into it."""

    survey_round: SurveyRound
    results: RoundResults
    previous_round: SurveyRound | None
    changes: list[DimensionChange]


def _changes(latest: RoundResults, previous: RoundResults | None) -> list[DimensionChange]:
    if previous is None:
        return []
    before = {row.dimension.pk: row.result for row in previous.dimensions}
    return [
        DimensionChange(str(row.dimension), row.result.mean - before[row.dimension.pk].mean)
        for row in latest.dimensions
        if row.result and before.get(row.dimension.pk)
    ]


def capacity(organization: Organization) -> Capacity | None:
    """The organisation's absorptive capacity from its latest closed survey round; None when
    no round has closed. Survey answers carry no department, so departments don't narrow it."""
    rounds = list(
        SurveyRound.objects.filter(
            organization=organization, closes_on__lt=timezone.localdate()
        ).order_by("-closes_on", "-pk")[:2]
    )
    if not rounds:
        return None
    latest, previous = rounds[0], (rounds[1] if len(rounds) > 1 else None)
    results = round_results(latest)
    previous_results = round_results(previous) if previous else None
    return Capacity(latest, results, previous, _changes(results, previous_results))
