"""Everything one dashboard shows, computed live from the data. The nightly snapshot stores
exactly this (``dashboards.services``), and the page reads the snapshot back
(``dashboards.selectors.snapshots``); a property test checks that the two are equal."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from dashboards.selectors.assignments import AssignmentProgress, assignments
from dashboards.selectors.capacity import Capacity, capacity
from dashboards.selectors.knowledge import (
    Knowledge,
    KnowledgeGroups,
    knowledge_groups,
    knowledge_shown,
)
from dashboards.selectors.participation import PERIODS, MonthActivity, Participation
from dashboards.selectors.participation import monthly as monthly_activity
from dashboards.selectors.participation import participation as participation_of
from dashboards.selectors.scope import check_department
from dashboards.selectors.sharing import Sharing, sharing
from organizations.models import Department, Organization


@dataclass(frozen=True)
class DashboardData:
    """``capacity`` and ``sharing`` belong to the whole organisation (survey answers carry no
    person, so no department either): a department's data leaves them None and the page takes
    them from the organisation's."""

    participation: dict[str, Participation]  # by period key, see PERIODS
    monthly: list[MonthActivity]
    knowledge: Knowledge
    assignments: list[AssignmentProgress]
    capacity: Capacity | None
    sharing: Sharing | None


def dashboard_data(
    organization: Organization,
    department: Department | None = None,
    *,
    groups: KnowledgeGroups | None = None,
) -> DashboardData:
    """``groups``: the organisation's quiz sums, when the caller computes several of its
    dashboards at once (they are the costly part, and the same for every department)."""
    check_department(organization, department)
    now = timezone.now()
    whole_organization = department is None
    return DashboardData(
        participation={
            key: participation_of(
                organization, department=department, since=(now - window) if window else None
            )
            for key, window in PERIODS.items()
        },
        monthly=monthly_activity(organization, department=department),
        knowledge=knowledge_shown(groups or knowledge_groups(organization), department),
        assignments=assignments(organization, department=department),
        capacity=capacity(organization) if whole_organization else None,
        sharing=sharing(organization) if whole_organization else None,
    )
