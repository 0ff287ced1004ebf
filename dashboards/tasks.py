"""Celery tasks computing the dashboards' snapshots: nightly for everyone (beat), and on demand
for one organisation when a lead asks for fresh figures. Both are idempotent: a snapshot is
replaced, never added, so a task delivered twice (late acknowledgement) does no harm."""

from celery import shared_task
from django.db import DatabaseError

from dashboards import services
from organizations.models import Organization

# A lost connection or a deadlock is worth another try; a bug is not.
RETRY = {"autoretry_for": (DatabaseError,), "retry_backoff": 30, "max_retries": 5}


# An organisation of about 50,000 members took 21 s (bench/results/dashboard.md, the
# snapshots_refresh column). The limit is far above that on purpose: a busy night, a slow
# database or a much larger organisation must not kill the task, and it stays under the
# broker's visibility timeout.
@shared_task(soft_time_limit=1800, time_limit=1860, **RETRY)
def refresh_organization_snapshots(organization_id: int) -> int:
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None:  # deleted since the task was queued: nothing to compute
        return 0
    return services.snapshots_refresh(organization)


@shared_task
def refresh_all_snapshots() -> int:
    """Nightly: one task per organisation, so a failure retries alone and the work spreads
    over the workers. The national picture has its own beat entry later in the night, as it
    is built from these."""
    organization_ids = list(services.organizations_with_members().values_list("pk", flat=True))
    for organization_id in organization_ids:
        refresh_organization_snapshots.delay(organization_id)
    return len(organization_ids)


@shared_task(soft_time_limit=600, time_limit=660, **RETRY)
def refresh_national_snapshot() -> None:
    services.national_snapshot_refresh()
