"""How small a group of people may be before a lead sees no count of it.

Completion status per person is visible to leads unless the organisation turns it off
(``Organization.leads_see_person_status``, see ARCHITECTURE.md). With it off, a count of people
below ``MIN_PEOPLE_SHOWN`` (or any figure about a group that small) would show what few people,
perhaps one, did: an assignment to a one-person department shows that person's status. So
every such count is shown as «fewer than 5», never as a number. With it on, only what the
setting promises is shown at any size: completion status (enrolled, completed, done on time or
late). What people did when (activity in the last 30 days, month by month) is never promised,
so it follows the same rule either way.

Dashboards, their exports and the assignments page apply this when they render, from the
organisation's setting at that moment, so turning it off takes effect at once.
"""

from collections.abc import Iterable

from django.utils.translation import gettext as _

MIN_PEOPLE_SHOWN = 5
"""The privacy floor for counts of people here and for scores (assessments.scoring takes its
MIN_GROUP_SIZE from this)."""


def too_few_people(count: int, *, group: int | None = None) -> bool:
    """Whether a count of people must not be shown: it is below the threshold, or the group
    it is taken from is."""
    return count < MIN_PEOPLE_SHOWN or (group is not None and group < MIN_PEOPLE_SHOWN)


def few_people_label() -> str:
    """What stands where a hidden count would be, in the reader's language."""
    return _("fewer than %(n)s") % {"n": MIN_PEOPLE_SHOWN}


def people_shown(count: int, *, group: int | None = None, shown: bool = False) -> int | str:
    """The count, or the words for a hidden one; ``shown``: the setting promises it."""
    if shown or not too_few_people(count, group=group):
        return count
    return few_people_label()


def breakdown_safe(groups: Iterable[tuple[int, int]]) -> bool:
    """Whether one count can be shown for each of a set of disjoint groups that add up to a
    total the reader also sees, given as (people in the group, count) pairs: every group with
    anyone in it has at least ``MIN_PEOPLE_SHOWN`` people, and its count is 0 or at least that.
    Otherwise hiding the small cell is not enough: the total minus the other groups' counts
    gives it back (the same subtraction as between two releases of a figure)."""
    return all(
        people == 0 or (people >= MIN_PEOPLE_SHOWN and (count == 0 or count >= MIN_PEOPLE_SHOWN))
        for people, count in groups
    )
