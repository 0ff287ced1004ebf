"""Reading what the release rule has released, without releasing anything."""

from __future__ import annotations

from core.disclosure.store import Released
from core.models import DisclosedFigure, DisclosureCohort


def figures_shown(*, scope: str, width: int) -> dict[str, dict[str, Released]]:
    """Every subject's last released figures in the scope, per group (two queries, whatever
    the number of people)."""
    cohorts = {
        pk: (size, sums)
        for pk, size, sums in DisclosureCohort.objects.filter(scope=scope).values_list(
            "pk", "size", "sums"
        )
    }
    shown: dict[str, dict[str, Released]] = {}
    figures = DisclosedFigure.objects.filter(scope=scope).values_list(
        "subject", "group", "cohorts", "released_at"
    )
    for subject, group, cohort_ids, released_at in figures:
        counted = [cohorts[pk] for pk in cohort_ids]
        sums = tuple(sum(column) for column in zip(*(s for _n, s in counted), strict=True))
        people = sum(size for size, _s in counted)
        shown.setdefault(subject, {})[group] = Released(people, sums or (0,) * width, released_at)
    return shown
