"""The release rule for figures over people, kept free of Django so it can be checked by hand and
by property tests (tests/core/test_disclosure_rule.py).

The problem. A figure such as «6 people, mean score 71 %» is safe on its own, but two releases
of it can be subtracted: 6 * 71 - 5 * old mean is the sixth person's score. A threshold on how
many people changed between two releases is not enough either: whoever can move people between
departments can build three releases {p + A}, {A + B}, {B + p} (|A| = |B| = 4, five changes
each time) and read p's score as half of the first plus the third minus the second. That is
Denning's «tracker» (Denning, Denning & Schwartz 1979), and it defeats every rule that only
counts people per figure or per change.

The rule. Every contribution (one person's value in one subject, e.g. their best result on one
quiz) belongs to a **cohort**: the contributions that every figure released so far has counted
all together or not at all. A release may include a cohort whole, leave it out whole, or split
it only into two parts of at least ``MIN_COHORT`` each; contributions never released before are
included only when at least ``MIN_COHORT`` of them come at once, and then they form a new
cohort. So every cohort always holds at least five contributions, and every figure ever
released is a sum over whole cohorts. Any combination of released figures is then the same for
all contributions of a cohort: it can give at most a cohort's total, never one person's value
(within a cohort, one person's value can grow by any amount while another's shrinks by it, and
no released figure changes).

What a reader sees. A group's figures change only when at least five people's contributions
changed together; otherwise the last released figures stay, with their date. A person who left
a group, or whose result changed, may stay counted with their old value until enough others
changed with them (their cohort is kept whole: it was shown in this group's last figures, so
nothing new is revealed), as long as most of that cohort is unchanged; when most of it changed,
the unchanged rest is left out instead. People whose cohort was formed with a neighbouring
group that is too small to split off are left out too. That is the price of never showing one
person's value; the figures always say how many people they count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

MIN_COHORT = 5
"""The fewest contributions a released figure may separate from the others."""

Sums = tuple[float, ...]
Variable = tuple[int, str]
"""A contribution: (person id, version). The version names the value (e.g. "87:1" for a best
score of 87 % and passed), so a changed value is a new contribution and an unchanged one is the
same contribution, whichever group it is counted in."""


@dataclass
class Cohort:
    """Contributions that every released figure counted all together or not at all. ``size``
    and ``sums`` include contributions of people since deleted (they are still in old
    figures)."""

    size: int
    sums: Sums


def _add(a: Sums, b: Sums) -> Sums:
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _subtract(a: Sums, b: Sums) -> Sums:
    return tuple(x - y for x, y in zip(a, b, strict=True))


def _total(values: Iterable[Sums], width: int) -> Sums:
    total: Sums = (0,) * width
    for value in values:
        total = _add(total, value)
    return total


@dataclass
class Ledger:
    """Everything released so far for one subject: the cohorts, which cohort each known
    contribution belongs to, and which cohorts each group's last released figures counted.
    ``width`` is the number of sums per contribution. ``released`` collects the groups whose
    figures changed since the ledger was loaded."""

    width: int
    cohorts: dict[int, Cohort] = field(default_factory=dict)
    cohort_of: dict[Variable, int] = field(default_factory=dict)
    shown: dict[str, frozenset[int]] = field(default_factory=dict)
    released: set[str] = field(default_factory=set)
    changed_cohorts: set[int] = field(default_factory=set)
    placed: set[Variable] = field(default_factory=set)  # contributions given a new cohort
    _members: dict[int, set[Variable]] | None = None
    _next_new_id: int = -1

    def figure(self, group: str) -> tuple[int, Sums]:
        """The group's last released figures: how many contributions and their sums."""
        cohorts = [self.cohorts[c] for c in self.shown.get(group, ())]
        return sum(c.size for c in cohorts), _total((c.sums for c in cohorts), self.width)

    def members(self, cohort_id: int) -> set[Variable]:
        """The known contributions of a cohort (people since deleted are only in its size)."""
        if self._members is None:
            self._members = defaultdict(set)
            for variable, owner in self.cohort_of.items():
                self._members[owner].add(variable)
        return self._members[cohort_id]

    def _new_cohort(self, contributions: Mapping[Variable, Sums]) -> int:
        """A new cohort with a temporary negative id, replaced by a database id on saving."""
        cohort_id = self._next_new_id
        self._next_new_id -= 1
        sums = _total(contributions.values(), self.width)
        self.cohorts[cohort_id] = Cohort(len(contributions), sums)
        self.members(cohort_id).update(contributions)
        self.placed.update(contributions)
        for variable in contributions:
            self.cohort_of[variable] = cohort_id
        return cohort_id

    def _split(self, cohort_id: int, part: Mapping[Variable, Sums]) -> int:
        """Move ``part`` out of the cohort into a new one; every group that showed the cohort
        shows both halves now, so no figure changes."""
        cohort = self.cohorts[cohort_id]
        cohort.size -= len(part)
        cohort.sums = _subtract(cohort.sums, _total(part.values(), self.width))
        self.members(cohort_id).difference_update(part)
        self.changed_cohorts.add(cohort_id)
        new_id = self._new_cohort(part)
        for group, cohorts in self.shown.items():
            if cohort_id in cohorts:
                self.shown[group] = cohorts | {new_id}
        return new_id


def _by_cohort(
    ledger: Ledger, current: Mapping[int, tuple[str, Sums]]
) -> tuple[dict[int, dict[Variable, Sums]], dict[Variable, Sums]]:
    """The current contributions by the cohort they belong to, and those never released."""
    in_cohort: dict[int, dict[Variable, Sums]] = defaultdict(dict)
    unreleased: dict[Variable, Sums] = {}
    for person, (version, sums) in current.items():
        variable = (person, version)
        cohort_id = ledger.cohort_of.get(variable)
        if cohort_id is None:
            unreleased[variable] = sums
        else:
            in_cohort[cohort_id][variable] = sums
    return in_cohort, unreleased


def release(ledger: Ledger, group: str, current: Mapping[int, tuple[str, Sums]]) -> bool:
    """Release the group's figures from its current contributions (person id: (version, sums)),
    as far as the rule allows; returns whether the group's figures changed. See the module
    docstring for the rule."""
    shown_before = ledger.shown.get(group, frozenset())
    in_cohort, unreleased = _by_cohort(ledger, current)

    whole: set[int] = set()
    splits: dict[int, dict[Variable, Sums]] = {}
    keep: set[int] = set()
    for cohort_id in set(in_cohort) | shown_before:
        members = in_cohort.get(cohort_id, {})
        size = ledger.cohorts[cohort_id].size
        if len(members) == size:
            whole.add(cohort_id)
        elif len(members) >= MIN_COHORT and size - len(members) >= MIN_COHORT:
            splits[cohort_id] = members
        elif cohort_id in shown_before and len(members) >= size - len(members) > 0:
            # Too few left or changed to split off, and most are still here as they were: the
            # group keeps showing the cohort as it was, which reveals nothing new.
            keep.add(cohort_id)
        # Otherwise the cohort stays out: most of it left or changed (the changed come back
        # as new contributions), or too few of it came to this group.

    # A cohort kept whole counts some people with their old values; if one of them is also
    # counted with their current value through a cohort, the kept cohort stays out instead.
    counted_now = {person for c in whole | set(splits) | keep for person, _v in in_cohort[c]}
    keep = {
        c
        for c in keep
        if not any(p in counted_now for p, v in ledger.members(c) - in_cohort[c].keys())
    }
    counted_before = {person for c in keep for person, _v in ledger.members(c)}
    unreleased = {v: s for v, s in unreleased.items() if v[0] not in counted_before}

    included = whole | keep | {ledger._split(c, part) for c, part in splits.items()}
    if len(unreleased) >= MIN_COHORT:
        included.add(ledger._new_cohort(unreleased))

    changed = frozenset(included) != shown_before
    if changed:
        ledger.shown[group] = frozenset(included)
        ledger.released.add(group)
    return changed
