"""Loading a scope's release ledgers from the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.disclosure.rule import Cohort, Ledger, Sums
from core.models import DisclosedContribution, DisclosedFigure, DisclosureCohort


@dataclass(frozen=True)
class Released:
    """A group's released figures for one subject: how many contributions they count, their
    sums, and when they were released (None: nothing released yet)."""

    people: int
    sums: Sums
    released_at: datetime | None


@dataclass
class Loaded:
    ledger: Ledger
    rows: dict[tuple[int, str], int]  # (person, version) → DisclosedContribution id
    figures: dict[str, DisclosedFigure]


def load(scope: str, width: int) -> dict[str, Loaded]:
    """Every subject's ledger in the scope (three queries)."""
    loaded: dict[str, Loaded] = {}

    def subject(name: str) -> Loaded:
        if name not in loaded:
            loaded[name] = Loaded(Ledger(width=width), {}, {})
        return loaded[name]

    for pk, name, size, sums in DisclosureCohort.objects.filter(scope=scope).values_list(
        "pk", "subject", "size", "sums"
    ):
        subject(name).ledger.cohorts[pk] = Cohort(size, tuple(sums))
    contributions = DisclosedContribution.objects.filter(scope=scope, person__isnull=False)
    for pk, name, person, version, cohort in contributions.values_list(
        "pk", "subject", "person_id", "version", "cohort_id"
    ):
        entry = subject(name)
        entry.ledger.cohort_of[(person, version)] = cohort
        entry.rows[(person, version)] = pk
    for figure in DisclosedFigure.objects.filter(scope=scope):
        entry = subject(figure.subject)
        entry.ledger.shown[figure.group] = frozenset(figure.cohorts)
        entry.figures[figure.group] = figure
    return loaded
