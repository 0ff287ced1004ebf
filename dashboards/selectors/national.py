"""The national picture for platform staff: every organisation's adoption counts, and
absorptive capacity by county, as plain values (a snapshot can store them).

Counts (members, enrolled, completions, respondents, cases) are not scores and are shown per
organisation at any size. Capacity is a score, so it is shown only per county and nationally,
as the mean of organisation means, each organisation mean resting on at least
``MIN_GROUP_SIZE`` respondents, and only where at least ``MIN_ORGANIZATIONS`` organisations
take part: see ``_capacity_by_group`` for why three, and how the national row is kept from
giving away what the county rows hide."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from statistics import fmean

from django.db.models import Count, Q

from assessments.scoring import MIN_GROUP_SIZE
from cases.models import CaseParticipant
from dashboards.selectors.capacity import Capacity
from learning.models import CourseCompletion, Enrolment
from organizations.models import Membership, MembershipStatus, Organization, OrganizationKind

MIN_ORGANIZATIONS = 3
"""A group mean of organisation means is shown only over at least this many organisations:
with two, either one could subtract its own mean (from its own dashboard) and read the other's."""

DIMENSIONS = ("acquisition", "assimilation", "transformation", "exploitation")
MEASURES = (*DIMENSIONS, "potential", "realised")

TOO_FEW_ORGANIZATIONS = "too-few"
"""Hidden because fewer than ``MIN_ORGANIZATIONS`` organisations have a usable survey."""
PROTECTS_OTHERS = "protects-others"
"""Hidden although the group is large enough: otherwise the national mean minus the shown
groups would give away the mean of one or two organisations in groups that are hidden."""


_NORWEGIAN_LAST_LETTERS = str.maketrans({"æ": "{", "ø": "|", "å": "}"})


def name_sort_key(name: str | None) -> tuple[bool, str]:
    """Names in Norwegian alphabetical order (æ, ø, å after z); no name (None) last."""
    return (name is None, (name or "").lower().translate(_NORWEGIAN_LAST_LETTERS))


@dataclass(frozen=True)
class OrganizationRow:
    """Counts for one organisation; never a score."""

    organization_id: int
    name: str
    county_id: int | None
    county_name: str | None  # None: the organisation is in no county
    kind: str  # OrganizationKind value, e.g. "municipality"
    members: int  # active members
    enrolled: int  # active members with at least one enrolment
    completions: int  # completed courses of its active members
    respondents: int  # answered its latest closed survey round; 0 without one
    cases: int  # live cases where it is a buyer
    joint_procurements: int  # of those, cases with two or more buyers


@dataclass(frozen=True)
class CountyRow:
    """One county's totals (or the nation's). ``capacity`` maps each of ``MEASURES`` to the
    mean of its organisations' means, or None when hidden; ``capacity_hidden`` says why for
    each hidden measure (``TOO_FEW_ORGANIZATIONS`` or ``PROTECTS_OTHERS``)."""

    county_id: int | None  # None: organisations without a county, or the national row
    name: str | None
    organizations: int
    members: int
    enrolled: int
    completions: int
    surveyed: int  # organisations with at least MIN_GROUP_SIZE respondents in their latest round
    capacity: dict[str, float | None]
    capacity_hidden: dict[str, str]


@dataclass(frozen=True)
class NationalPicture:
    organizations: list[OrganizationRow]  # sorted by name
    counties: list[CountyRow]  # sorted by name; organisations without a county last
    national: CountyRow


def _organizations() -> list[dict]:
    """Active organisations, with the county each belongs to: a county authority belongs to
    its own county (its ``county`` field is empty)."""
    rows = list(
        Organization.objects.filter(is_active=True)
        .order_by()
        .values("id", "name", "kind", "county_id", "county__name")
    )
    for row in rows:
        if row["county_id"] is None and row["kind"] == OrganizationKind.COUNTY:
            row["county_id"], row["county__name"] = row["id"], row["name"]
    return rows


def _per_organization(queryset, organization_field: str, **aggregates) -> dict[int, dict]:
    rows = queryset.order_by().values(organization_field).annotate(**aggregates)
    return {row.pop(organization_field): row for row in rows}


def _learning_counts() -> tuple[dict[int, dict], dict[int, dict], dict[int, dict]]:
    """Three grouped queries: members, enrolled members and completions per organisation.
    Learning done for another organisation counts for every organisation the person is an
    active member of, as on the organisation dashboard: it is the person's competence."""
    active = {"user__memberships__status": MembershipStatus.ACTIVE}
    members = _per_organization(
        Membership.objects.filter(status=MembershipStatus.ACTIVE),
        "organization_id",
        n=Count("id"),
    )
    enrolled = _per_organization(
        Enrolment.objects.filter(**active),
        "user__memberships__organization_id",
        n=Count("user_id", distinct=True),
    )
    completions = _per_organization(
        CourseCompletion.objects.filter(**active),
        "user__memberships__organization_id",
        n=Count("id"),
    )
    return members, enrolled, completions


def _case_counts() -> dict[int, dict]:
    """One query: per organisation, the live cases it is a buyer in, and how many of those
    have two or more buying organisations (joint procurements)."""
    joint_pages = (
        CaseParticipant.objects.order_by()
        .values("page_id")
        .annotate(buyers=Count("organization_id", distinct=True))
        .filter(buyers__gte=2)
        .values("page_id")
    )
    return _per_organization(
        CaseParticipant.objects.filter(page__live=True),
        "organization_id",
        cases=Count("page_id", distinct=True),
        joint=Count("page_id", distinct=True, filter=Q(page_id__in=joint_pages)),
    )


def _measure_mean(capacity: Capacity | None, measure: str) -> float | None:
    """The organisation's mean on one measure, or None unless at least ``MIN_GROUP_SIZE``
    people answered (the Capacity already holds no figure below that; checked again here so
    a stored snapshot from elsewhere cannot slip one in)."""
    if capacity is None or capacity.answered < MIN_GROUP_SIZE:
        return None
    if measure == "potential":
        result = capacity.potential
    elif measure == "realised":
        result = capacity.realised
    else:
        return capacity.mean_of(measure)
    return result.mean if result is not None and result.n >= MIN_GROUP_SIZE else None


def _capacity_by_group(
    means_by_group: dict[Hashable, list[float]],
) -> tuple[dict[Hashable, tuple[float | None, str | None]], tuple[float | None, str | None]]:
    """One measure's (mean, why hidden) per group and nationally.

    A group with fewer than ``MIN_ORGANIZATIONS`` organisations is hidden. The national mean
    covers every organisation, so national minus the shown groups gives the hidden groups
    together; if those are one or two organisations, that would expose them. Then the
    smallest shown group is hidden too, so that the remainder is at least four."""
    hidden = {
        group: TOO_FEW_ORGANIZATIONS
        for group, means in means_by_group.items()
        if len(means) < MIN_ORGANIZATIONS
    }
    remainder = sum(len(means_by_group[group]) for group in hidden)
    shown = [group for group in means_by_group if group not in hidden]
    if 0 < remainder < MIN_ORGANIZATIONS and shown:
        smallest = min(shown, key=lambda group: (len(means_by_group[group]), str(group)))
        hidden[smallest] = PROTECTS_OTHERS
    by_group = {
        group: (None, hidden[group]) if group in hidden else (fmean(means), None)
        for group, means in means_by_group.items()
    }
    everyone = [mean for means in means_by_group.values() for mean in means]
    national = (
        (fmean(everyone), None)
        if len(everyone) >= MIN_ORGANIZATIONS
        else (None, TOO_FEW_ORGANIZATIONS)
    )
    return by_group, national


def _county_row(
    county_id: int | None,
    name: str | None,
    rows: list[OrganizationRow],
    capacity: dict[str, tuple[float | None, str | None]],
) -> CountyRow:
    return CountyRow(
        county_id=county_id,
        name=name,
        organizations=len(rows),
        members=sum(row.members for row in rows),
        enrolled=sum(row.enrolled for row in rows),
        completions=sum(row.completions for row in rows),
        surveyed=sum(1 for row in rows if row.respondents >= MIN_GROUP_SIZE),
        capacity={measure: mean for measure, (mean, _) in capacity.items()},
        capacity_hidden={
            measure: reason for measure, (_, reason) in capacity.items() if reason is not None
        },
    )


def _counties(
    rows: list[OrganizationRow], capacities: Mapping[int, Capacity | None]
) -> tuple[list[CountyRow], CountyRow]:
    by_county: dict[int | None, list[OrganizationRow]] = defaultdict(list)
    for row in rows:
        by_county[row.county_id].append(row)
    county_capacity: dict[int | None, dict] = {county: {} for county in by_county}
    national_capacity: dict[str, tuple[float | None, str | None]] = {}
    for measure in MEASURES:
        means_by_group: dict[Hashable, list[float]] = {}
        for county, members in by_county.items():
            means = [_measure_mean(capacities.get(row.organization_id), measure) for row in members]
            means_by_group[county] = [mean for mean in means if mean is not None]
        by_group, national_capacity[measure] = _capacity_by_group(means_by_group)
        for county, value in by_group.items():
            county_capacity[county][measure] = value
    counties = [
        _county_row(county, members[0].county_name, members, county_capacity[county])
        for county, members in by_county.items()
    ]
    counties.sort(key=lambda row: name_sort_key(row.name))
    national = _county_row(None, None, rows, national_capacity)
    return counties, national


def national_picture(capacities: Mapping[int, Capacity | None]) -> NationalPicture:
    """Adoption, sharing and capacity for every active organisation that has an active
    member, a case, or an entry in ``capacities`` (organisation id → its Capacity from the
    latest closed survey round); others are left out, since they have nothing to show. Five
    queries, however many organisations and members there are."""
    members, enrolled, completions = _learning_counts()
    cases = _case_counts()
    rows = []
    for org in _organizations():
        org_id = org["id"]
        capacity = capacities.get(org_id)
        if org_id not in members and org_id not in cases and capacity is None:
            continue
        case_counts = cases.get(org_id, {"cases": 0, "joint": 0})
        rows.append(
            OrganizationRow(
                organization_id=org_id,
                name=org["name"],
                county_id=org["county_id"],
                county_name=org["county__name"],
                kind=org["kind"],
                members=members.get(org_id, {"n": 0})["n"],
                enrolled=enrolled.get(org_id, {"n": 0})["n"],
                completions=completions.get(org_id, {"n": 0})["n"],
                respondents=capacity.answered if capacity is not None else 0,
                cases=case_counts["cases"],
                joint_procurements=case_counts["joint"],
            )
        )
    rows.sort(key=lambda row: (name_sort_key(row.name), row.organization_id))
    counties, national = _counties(rows, capacities)
    return NationalPicture(organizations=rows, counties=counties, national=national)
