"""What each scale-data size holds, how generated rows are marked, and which municipalities get
how many members: a pure plan, computed from the shipped municipality list and a seed without
touching the database, so it can be checked (and printed) before anything is written.

Sizes follow issue 7: XS one municipality and 100 people, S 10 and 5,000, M 50 and 50,000 with
about 2 million step completions, L all 357 and 200,000 with about 10 million. Members are
skewed the way Norway is: Oslo (always in S, M and L) is very large, a few cities are large and
most municipalities are small. The repository has no population figures, so ranks beyond the
ten largest cities are a seeded shuffle; weights fall off as 1/rank^1.1 (Zipf-like), and every
organisation gets at least a floor of members so its dashboard has people to show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from random import Random

from organizations.reference_data import MunicipalityRow, municipality_rows_read

# --- How generated rows are marked, so `--remove` deletes exactly them -----------------------

EMAIL_DOMAIN = "skala.spire.invalid"
"""Every generated person's email ends with @ this (`.invalid` can never be a real domain)."""
SLUG_PREFIX = "skala-"
"""Generated course copies' slugs start with this, generated cases' with CASE_SLUG_PREFIX."""
CASE_SLUG_PREFIX = f"{SLUG_PREFIX}sak-"
TITLE_PREFIX = "Skala: "
"""Course copies, cases and survey rounds show it in their title."""
DEPARTMENT_SUFFIX = " (skala)"
"""Generated departments end with this: a real municipality may already have «HR»."""
DEFAULT_SEED = 2016

OSLO = "0301"
LARGEST_CITIES = ("4601", "5001", "1103", "3201", "4204", "3301", "3203", "3205", "3107")
"""After Oslo, the nine most populous municipalities (Statistics Norway, 2024): Bergen,
Trondheim, Stavanger, Bærum, Kristiansand, Drammen, Asker, Lillestrøm, Fredrikstad."""
SKEW = 1.1
"""Zipf exponent: a municipality's weight is 1 / (national rank ** SKEW)."""


@dataclass(frozen=True)
class Size:
    """One scale-data size. `steps_per_member` is the mean number of completed steps per
    active member, which with `learners` sets the step-completion total; `course_copies` is
    how many times each original course is copied, so the catalogue has room for that many."""

    name: str
    organizations: int
    learners: int
    steps_per_member: float
    course_copies: int
    min_members: int
    members_per_case: int = 50
    max_cases: int = 3_000
    second_survey_from: int = 50
    """Organisations with at least this many members get a second, year-old survey round."""

    @property
    def cases(self) -> int:
        return max(1, min(self.max_cases, self.learners // self.members_per_case))


SIZES = {
    size.name: size
    for size in (
        # name, organisations, learners, steps per member, course copies, minimum members
        Size("XS", 1, 100, 20, 1, 1),
        Size("S", 10, 5_000, 30, 2, 20),
        Size("M", 50, 50_000, 40, 4, 20),
        Size("L", 357, 200_000, 50, 4, 20),
    )
}


@dataclass(frozen=True)
class OrganizationPlan:
    """One municipality's share: how many members and departments it gets."""

    official_number: str
    name: str
    rank: int
    members: int
    departments: int


def departments_for(members: int) -> int:
    """A department count that grows with the organisation: 3 at 20 members, 10 at 500, 25 at
    5,000, 60 at 50,000."""
    return max(1, round(10 * (members / 500) ** 0.39))


def national_ranking(rows: Sequence[MunicipalityRow], rng: Random) -> list[MunicipalityRow]:
    """Municipalities from largest to smallest: Oslo, the nine largest cities, then the rest in
    a seeded order (the repository has no population figures to sort them by)."""
    by_number = {row.municipality_number: row for row in rows}
    known = [by_number[n] for n in (OSLO, *LARGEST_CITIES) if n in by_number]
    rest = sorted(
        (row for row in rows if row not in known), key=lambda row: row.municipality_number
    )
    rng.shuffle(rest)
    return known + rest


def municipalities_choose(
    size: Size, ranking: Sequence[MunicipalityRow], rng: Random
) -> list[tuple[int, MunicipalityRow]]:
    """(national rank, municipality) for the size's organisations. XS takes one small
    municipality; S and M take Oslo and a seeded sample of the rest (mostly small ones, as a
    random municipality is); L takes all of them."""
    ranked = list(enumerate(ranking, start=1))
    if size.organizations >= len(ranked):
        return ranked
    if size.organizations == 1:
        return [rng.choice(ranked[1 + len(LARGEST_CITIES) :])]
    first, *rest = ranked
    return [first, *sorted(rng.sample(rest, size.organizations - 1))]


def members_share(total: int, weights: Sequence[float], floor: int) -> list[int]:
    """Split `total` members: `floor` each, the rest in proportion to `weights`, rounded so
    the sum is exactly `total` (largest remainders get the leftover members)."""
    spare = total - floor * len(weights)
    if spare < 0:
        raise ValueError(f"{total} members cannot give {len(weights)} organisations {floor} each")
    exact = [spare * weight / sum(weights) for weight in weights]
    shares = [int(value) for value in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: shares[i] - exact[i])
    for i in by_remainder[: spare - sum(shares)]:
        shares[i] += 1
    return [floor + share for share in shares]


def plan(
    size: Size | str, seed: int = DEFAULT_SEED, rows: Sequence[MunicipalityRow] | None = None
) -> list[OrganizationPlan]:
    """The organisations of `size` with their member and department counts, largest first.
    The same size, seed and municipality list always give the same plan."""
    size = SIZES[size] if isinstance(size, str) else size
    rows = municipality_rows_read() if rows is None else rows
    rng = Random(f"{seed}-plan-{size.name}")
    chosen = municipalities_choose(size, national_ranking(rows, rng), rng)
    members = members_share(
        size.learners, [1 / rank**SKEW for rank, _row in chosen], size.min_members
    )
    plans = [
        OrganizationPlan(row.municipality_number, row.name, rank, count, departments_for(count))
        for (rank, row), count in zip(chosen, members, strict=True)
    ]
    return sorted(plans, key=lambda p: (-p.members, p.official_number))
