"""The dashboards' stored snapshots, read back as the same dataclasses the live selectors
return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.codec import from_json
from dashboards.models import Snapshot
from dashboards.selectors.capacity import Capacity, Comparison
from dashboards.selectors.dashboard import DashboardData
from dashboards.selectors.national import NationalPicture
from organizations.models import Department, Organization


@dataclass(frozen=True)
class Stored:
    computed_at: datetime
    data: DashboardData | NationalPicture


def stored_dashboard(
    organization: Organization, department: Department | None = None
) -> Stored | None:
    """The organisation's (or department's) latest snapshot; None if none is computed yet."""
    key = Snapshot.key_for(organization.pk, department.pk if department else None)
    return _stored(key, DashboardData)


@dataclass(frozen=True)
class DashboardStamps:
    """When the snapshots an organisation dashboard reads were computed: the organisation's,
    the shown one's (the department's, or the organisation's again) and the national one,
    which gives the capacity comparison (None before the first national run)."""

    organization: datetime
    shown: datetime
    national: datetime | None

    @property
    def computed_at(self) -> datetime:
        return min(self.organization, self.shown)


def dashboard_stamps(
    organization: Organization, department: Department | None = None
) -> DashboardStamps | None:
    """The times only, in one query, without reading the data; None while the organisation's
    or the department's snapshot is not computed yet."""
    whole = Snapshot.key_for(organization.pk)
    shown = Snapshot.key_for(organization.pk, department.pk) if department else whole
    national = Snapshot.key_for(None)
    stamps = dict(
        Snapshot.objects.filter(key__in={whole, shown, national}).values_list("key", "computed_at")
    )
    if whole not in stamps or shown not in stamps:
        return None
    return DashboardStamps(stamps[whole], stamps[shown], stamps.get(national))


def stored_national() -> Stored | None:
    return _stored(Snapshot.key_for(None), NationalPicture)


def _stored(key: str, data_type: type) -> Stored | None:
    snapshot = Snapshot.objects.filter(key=key).values_list("computed_at", "data").first()
    if snapshot is None:
        return None
    computed_at, data = snapshot
    return Stored(computed_at=computed_at, data=from_json(data_type, data))


def stored_capacities() -> dict[int, Capacity]:
    """Every organisation's capacity from its snapshot (one query), for the national picture."""
    rows = Snapshot.objects.filter(organization__isnull=False, department__isnull=True).values_list(
        "organization_id", "data__capacity"
    )
    return {
        organization_id: from_json(Capacity, data)
        for organization_id, data in rows
        if data is not None
    }


def stored_comparison(organization: Organization) -> Comparison | None:
    """The county and national capacity averages for the organisation, from the national
    snapshot (one query); None before the first national snapshot."""
    stored = stored_national()
    if stored is None:
        return None
    picture: NationalPicture = stored.data
    county = next(
        (row for row in picture.counties if row.county_id == organization.county_id), None
    )
    return Comparison(
        county_name=(county.name if county and county.name else ""),
        county=county.capacity if county else {},
        national=picture.national.capacity,
    )
