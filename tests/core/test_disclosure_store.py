"""The stored release state: releasing through the database (load, release, save, every time
anew) gives exactly what the rule gives in memory, over random sequences of joins, moves,
leaves and new results; and a deleted person's contribution stays counted without a name."""

import random

import pytest

from core.disclosure.rule import Ledger, release
from core.disclosure.selectors import figures_shown
from core.disclosure.services import figures_release
from core.models import DisclosedContribution
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

GROUPS = ["all", "department:1", "department:2"]


def _current(department, version, people):
    groups = {group: {} for group in GROUPS}
    for person in people:
        if person in department and person in version:
            contribution = (f"v{version[person]}", (version[person] * 10 + person % 7,))
            groups["all"][person] = contribution
            groups[f"department:{department[person]}"][person] = contribution
    return groups


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_database_releases_exactly_what_the_rule_releases(seed):
    rng = random.Random(seed)
    people = [UserFactory().pk for _ in range(12)]
    department = {person: rng.choice([1, 2]) for person in people}
    version = dict.fromkeys(people, 1)
    memory = Ledger(width=1)
    for _step in range(25):
        for _change in range(rng.randint(0, 6)):
            person = rng.choice(people)
            action = rng.choice(["move", "leave", "join", "attempt"])
            if action == "leave":
                department.pop(person, None)
            elif action == "attempt":
                version[person] = version.get(person, 0) + 1
            else:
                department[person] = rng.choice([1, 2])
        current = _current(department, version, people)
        stored = figures_release(
            scope="test", width=1, groups=GROUPS, contributions={"quiz:1": current}
        )["quiz:1"]
        for group in GROUPS:
            release(memory, group, current[group])
            assert (stored[group].people, stored[group].sums) == memory.figure(group)
    shown = figures_shown(scope="test", width=1)["quiz:1"]
    assert {g: (r.people, r.sums) for g, r in shown.items()} == {
        g: memory.figure(g) for g in GROUPS
    }


def test_a_deleted_persons_contribution_stays_counted_without_a_name():
    people = [UserFactory() for _ in range(6)]
    current = {"all": {u.pk: ("v1", (50,)) for u in people}}
    figures_release(scope="test", width=1, groups=["all"], contributions={"quiz:1": current})

    people[0].delete()
    rest = {"all": {u.pk: ("v1", (50,)) for u in people[1:]}}
    released = figures_release(
        scope="test", width=1, groups=["all"], contributions={"quiz:1": rest}
    )

    # One person gone is one change: the figures stay as shown, the contribution unnamed.
    assert (released["quiz:1"]["all"].people, released["quiz:1"]["all"].sums) == (6, (300,))
    assert DisclosedContribution.objects.filter(person__isnull=True).count() == 1
