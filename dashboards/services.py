"""Writes for the dashboards: computing the snapshots the pages read. Each function replaces
the snapshot it computes (one row per key), so running it twice leaves one snapshot."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from core.codec import to_json
from core.disclosure.services import figures_release
from dashboards.models import Snapshot
from dashboards.selectors.capacity import Capacity, capacity
from dashboards.selectors.dashboard import dashboard_data
from dashboards.selectors.knowledge import (
    GAIN_WIDTH,
    QUIZ_WIDTH,
    WHOLE,
    KnowledgeGroups,
    department_group,
    gain_scope,
    knowledge_contributions,
    knowledge_groups_of,
    quiz_scope,
)
from dashboards.selectors.national import national_picture
from dashboards.selectors.snapshots import stored_capacities
from organizations.models import Department, MembershipStatus, Organization


def _snapshot_store(
    key: str, data, organization: Organization | None = None, department: Department | None = None
) -> None:
    Snapshot.objects.update_or_create(
        key=key,
        defaults={
            "organization": organization,
            "department": department,
            "computed_at": timezone.now(),
            "data": to_json(data),
        },
    )


def snapshot_refresh(
    organization: Organization,
    department: Department | None = None,
    *,
    groups: KnowledgeGroups,
) -> None:
    """Store one organisation's (or one of its departments') dashboard, with the knowledge
    figures just released for it."""
    key = Snapshot.key_for(organization.pk, department.pk if department else None)
    data = dashboard_data(organization, department, groups=groups)
    with transaction.atomic():
        _snapshot_store(key, data, organization, department)


def knowledge_release(organization: Organization, departments: list[Department]) -> KnowledgeGroups:
    """Release the organisation's quiz and gain figures, for the whole organisation and each
    department, under the rule in ``core.disclosure``: a figure changes only when enough
    people's results changed together that no combination of figures gives one person's."""
    contributions = knowledge_contributions(organization)
    release_groups = [WHOLE, *(department_group(d.pk) for d in departments)]
    quizzes = figures_release(
        scope=quiz_scope(organization.pk),
        width=QUIZ_WIDTH,
        groups=release_groups,
        contributions=contributions.quizzes,
    )
    gains = figures_release(
        scope=gain_scope(organization.pk),
        width=GAIN_WIDTH,
        groups=release_groups,
        contributions=contributions.gains,
    )
    return knowledge_groups_of(quizzes, gains)


def snapshots_refresh(organization: Organization) -> int:
    """Release the organisation's figures, then store its dashboard and each of its
    departments'; returns how many. The quiz results are read and released once for all of
    them: at 50,000 members they cost seconds each time."""
    departments = list(organization.departments.all())
    groups = knowledge_release(organization, departments)
    snapshot_refresh(organization, groups=groups)
    for department in departments:
        snapshot_refresh(organization, department, groups=groups)
    return 1 + len(departments)


def _capacities() -> dict[int, Capacity]:
    """Each organisation's capacity from its stored snapshot; computed here for one that has
    a closed survey round but no snapshot yet (a new organisation, before its first night)."""
    capacities = stored_capacities()
    missing = (
        Organization.objects.filter(
            is_active=True, survey_rounds__closes_on__lt=timezone.localdate()
        )
        .exclude(pk__in=capacities)
        .distinct()
    )
    for organization in missing:
        capacities[organization.pk] = capacity(organization)
    return capacities


def national_snapshot_refresh() -> None:
    """The national picture, built from the organisations' stored capacity, so the nightly
    run computes it after the organisations' snapshots."""
    picture = national_picture(_capacities())
    _snapshot_store(Snapshot.key_for(None), picture)


def organizations_with_members():
    """Organisations that have a dashboard to compute: active, with an active member."""
    return Organization.objects.filter(
        is_active=True, memberships__status=MembershipStatus.ACTIVE
    ).distinct()
