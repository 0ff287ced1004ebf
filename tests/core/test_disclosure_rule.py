"""The release rule (core/disclosure/rule.py) attacked as a lead who can also move people would
attack it: every figure ever released is written down as an equation over the contributions, and
the test asks linear algebra whether any single contribution can be solved for exactly."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from core.disclosure.rule import MIN_COHORT, Ledger, release

DEPARTMENTS = (0, 1, 2)


class Attacker:
    """Collects every released figure as the set of contributions it sums (what the reader
    can write down, since they know who is in which group), and tells which contributions
    those equations pin down exactly."""

    def __init__(self) -> None:
        self.basis: dict[object, dict[object, Fraction]] = {}  # pivot: reduced row
        self.variables: set[object] = set()

    def _reduce(self, row: dict[object, Fraction]) -> dict[object, Fraction]:
        row = dict(row)
        for pivot, basis_row in self.basis.items():
            factor = row.get(pivot)
            if factor:
                for variable, value in basis_row.items():
                    row[variable] = row.get(variable, Fraction(0)) - factor * value
                    if row[variable] == 0:
                        del row[variable]
        return row

    def observe(self, counted: set[object]) -> None:
        self.variables |= counted
        row = self._reduce({variable: Fraction(1) for variable in counted})
        if not row:
            return
        pivot = min(row, key=repr)
        scale = row[pivot]
        row = {variable: value / scale for variable, value in row.items()}
        for other_pivot, other in self.basis.items():
            factor = other.get(pivot)
            if factor:
                for variable, value in row.items():
                    other[variable] = other.get(variable, Fraction(0)) - factor * value
                    if other[variable] == 0:
                        del other[variable]
                self.basis[other_pivot] = other
        self.basis[pivot] = row

    def solvable(self) -> set[object]:
        """Contributions whose exact value follows from the figures seen."""
        return {pivot for pivot, row in self.basis.items() if len(row) == 1}


@dataclass
class Municipality:
    """People with a department (or None: not a member) and a current result version."""

    department: dict[int, int | None] = field(default_factory=dict)
    version: dict[int, int] = field(default_factory=dict)
    ledger: Ledger = field(default_factory=lambda: Ledger(width=1))
    attacker: Attacker = field(default_factory=Attacker)
    values: dict[tuple[int, str], int] = field(default_factory=dict)

    def current(self, departments) -> dict[int, tuple[str, tuple[float, ...]]]:
        contributions = {}
        for person, department in self.department.items():
            if department in departments and person in self.version:
                variable = (person, str(self.version[person]))
                value = self.values.setdefault(variable, 37 * person + 11 * self.version[person])
                contributions[person] = (variable[1], (value,))
        return contributions

    def release_all(self) -> None:
        groups = {"all": DEPARTMENTS, **{f"department:{d}": (d,) for d in DEPARTMENTS}}
        for group, departments in groups.items():
            release(self.ledger, group, self.current(departments))
            counted = set().union(
                *(self.ledger.members(c) for c in self.ledger.shown.get(group, ()))
            )
            people, (total,) = self.ledger.figure(group)
            # The bookkeeping is exact: the figure is the sum of the contributions it counts.
            assert people == len(counted)
            assert total == sum(self.values[v] for v in counted)
            assert people == 0 or people >= MIN_COHORT
            self.attacker.observe(counted)


operation = st.one_of(
    st.tuples(st.just("join"), st.integers(0, 8), st.sampled_from(DEPARTMENTS)),
    st.tuples(st.just("move"), st.integers(0, 8), st.sampled_from(DEPARTMENTS)),
    st.tuples(
        st.just("move"), st.sets(st.integers(0, 8), min_size=2), st.sampled_from(DEPARTMENTS)
    ),
    st.tuples(st.just("leave"), st.integers(0, 8), st.none()),
    st.tuples(st.just("attempt"), st.integers(0, 8), st.none()),
    st.tuples(st.just("release"), st.none(), st.none()),
)


def apply(town: Municipality, op) -> None:
    kind, people, department = op
    if kind in ("join", "move"):
        for person in people if isinstance(people, set) else [people]:
            town.department[person] = department
        return
    person = people
    if kind == "leave":
        town.department.pop(person, None)
    elif kind == "attempt":
        town.version[person] = town.version.get(person, 0) + 1
    else:
        town.release_all()


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(DEPARTMENTS), min_size=9, max_size=9),
    st.lists(operation, max_size=60),
)
def test_no_sequence_of_joins_moves_leaves_and_attempts_reveals_one_value(start, operations):
    town = _town_with(dict(enumerate(start)))
    town.release_all()
    for op in operations:
        apply(town, op)
    town.release_all()
    assert town.attacker.solvable() == set()


def _town_with(people: dict[int, int]) -> Municipality:
    town = Municipality()
    for person, department in people.items():
        town.department[person] = department
        town.version[person] = 1
    return town


def test_the_sixth_person_does_not_change_the_figures_of_five():
    """6 * new - 5 * old was the sixth person's score."""
    town = _town_with(dict.fromkeys(range(5), 0))
    town.release_all()
    before = town.ledger.figure("all")
    apply(town, ("join", 5, 0))
    apply(town, ("attempt", 5, None))
    town.release_all()
    assert town.ledger.figure("all") == before
    assert town.attacker.solvable() == set()


def test_five_new_people_change_the_figures():
    town = _town_with(dict.fromkeys(range(5), 0))
    town.release_all()
    for person in range(5, 10):
        apply(town, ("join", person, 1))
        apply(town, ("attempt", person, None))
    town.release_all()
    assert town.ledger.figure("all")[0] == 10
    assert town.ledger.figure("department:1")[0] == 5


def test_the_tracker_of_three_releases_learns_nothing():
    """{p + A}, {A + B}, {B + p} with five changes each time gave p = (1st + 3rd - 2nd) / 2
    under a rule that only counted changes."""
    p, a, b = 0, [1, 2, 3, 4], [5, 6, 7, 8]
    town = _town_with({p: 0, **dict.fromkeys(a, 0), **dict.fromkeys(b, 1)})
    town.release_all()
    apply(town, ("move", p, 2))
    for person in b:
        apply(town, ("move", person, 0))
    town.release_all()
    for person in a:
        apply(town, ("move", person, 2))
    apply(town, ("move", p, 0))
    town.release_all()
    assert town.attacker.solvable() == set()


def test_moving_one_person_leaves_both_departments_as_they_were():
    town = _town_with({**dict.fromkeys(range(6), 0), **dict.fromkeys(range(6, 12), 1)})
    town.release_all()
    before = {g: town.ledger.figure(g) for g in ("department:0", "department:1")}
    apply(town, ("move", 0, 1))
    town.release_all()
    assert {g: town.ledger.figure(g) for g in before} == before


def test_a_figure_follows_when_five_people_improve():
    town = _town_with(dict.fromkeys(range(10), 0))
    town.release_all()
    _, (before,) = town.ledger.figure("all")
    for person in range(5):
        apply(town, ("attempt", person, None))
    town.release_all()
    people, (after,) = town.ledger.figure("all")
    assert people == 10
    assert after == before + 5 * 11


def test_when_most_of_a_group_changed_the_unchanged_few_wait():
    town = _town_with(dict.fromkeys(range(8), 0))
    town.release_all()
    for person in range(5):
        apply(town, ("attempt", person, None))
    town.release_all()
    people, (total,) = town.ledger.figure("all")
    assert people == 5
    assert total == sum(37 * p + 22 for p in range(5))
    assert town.attacker.solvable() == set()
