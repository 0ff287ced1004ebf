"""Releasing figures over people under the rule in ``core.disclosure.rule``: load what a scope
(e.g. one organisation) released so far, release each subject's groups, store the result. The
only way figures over people reach a reader; dashboards and networks call it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from core.disclosure.rule import Ledger, Sums, release
from core.disclosure.store import Loaded, Released, load
from core.models import DisclosedContribution, DisclosedFigure, DisclosureCohort, DisclosureScope

Current = Mapping[int, tuple[str, Sums]]
"""A group's current contributions to one subject: person id → (version, sums)."""


def _save(scope: str, name: str, entry: Loaded, now: datetime) -> None:
    ledger = entry.ledger
    new_ids = [cohort_id for cohort_id in ledger.cohorts if cohort_id < 0]
    created = DisclosureCohort.objects.bulk_create(
        DisclosureCohort(scope=scope, subject=name, size=c.size, sums=list(c.sums))
        for c in (ledger.cohorts[i] for i in new_ids)
    )
    real = dict(zip(new_ids, (row.pk for row in created), strict=True))
    DisclosureCohort.objects.bulk_update(
        [
            DisclosureCohort(pk=i, size=ledger.cohorts[i].size, sums=list(ledger.cohorts[i].sums))
            for i in ledger.changed_cohorts
            if i > 0
        ],
        ["size", "sums"],
    )
    moved: dict[int, list[int]] = {}
    new_rows = []
    for variable in ledger.placed:
        cohort_id = real.get(ledger.cohort_of[variable], ledger.cohort_of[variable])
        if variable in entry.rows:
            moved.setdefault(cohort_id, []).append(entry.rows[variable])
        else:
            person, version = variable
            new_rows.append(
                DisclosedContribution(
                    scope=scope,
                    subject=name,
                    cohort_id=cohort_id,
                    person_id=person,
                    version=version,
                )
            )
    for cohort_id, row_ids in moved.items():
        DisclosedContribution.objects.filter(pk__in=row_ids).update(cohort_id=cohort_id)
    DisclosedContribution.objects.bulk_create(new_rows, batch_size=2000)
    # Two writes for all groups, not one per group: a first release of an organisation with
    # 60 departments and 30 quizzes has 1,800 figures to store.
    new_figures, changed_figures = [], []
    for group, cohorts in ledger.shown.items():
        ids = sorted(real.get(c, c) for c in cohorts)
        figure = entry.figures.get(group)
        if figure is None:
            figure = DisclosedFigure(
                scope=scope, subject=name, group=group, cohorts=ids, released_at=now
            )
            entry.figures[group] = figure
            new_figures.append(figure)
        elif group in ledger.released or ids != sorted(figure.cohorts):
            if group in ledger.released:
                figure.released_at = now
            figure.cohorts = ids
            changed_figures.append(figure)
    DisclosedFigure.objects.bulk_create(new_figures)
    DisclosedFigure.objects.bulk_update(changed_figures, ["cohorts", "released_at"])


def _released(entry: Loaded, group: str, now: datetime) -> Released:
    people, sums = entry.ledger.figure(group)
    if group in entry.ledger.released:
        return Released(people, sums, now)
    figure = entry.figures.get(group)
    return Released(people, sums, figure.released_at if figure else None)


@transaction.atomic
def figures_release(
    *,
    scope: str,
    width: int,
    groups: Sequence[str],
    contributions: Mapping[str, Mapping[str, Current]],
) -> dict[str, dict[str, Released]]:
    """Release the figures of every subject in the scope, for each of ``groups`` in order
    (e.g. the whole organisation first, then each department), from ``contributions``
    (subject → group → current contributions; a missing group or subject has none now), and
    return subject → group → what the group may show. Runs under a lock on the scope, so two
    releases of the same scope wait for each other instead of interleaving."""
    lock, _created = DisclosureScope.objects.get_or_create(name=scope)
    DisclosureScope.objects.select_for_update().filter(pk=lock.pk).first()
    loaded = load(scope, width)
    now = timezone.now()
    result: dict[str, dict[str, Released]] = {}
    for name in sorted(set(loaded) | set(contributions)):
        entry = loaded.get(name) or Loaded(Ledger(width=width), {}, {})
        current = contributions.get(name, {})
        for group in groups:
            release(entry.ledger, group, current.get(group, {}))
            # A group with nothing to show yet is stored too, so readers list the subject.
            entry.ledger.shown.setdefault(group, frozenset())
        _save(scope, name, entry, now)
        result[name] = {group: _released(entry, group, now) for group in groups}
    DisclosureScope.objects.filter(pk=lock.pk).update(released_at=now)
    return result
