"""Reads scoped to one organisation. Views fetch objects by id only through these querysets,
so an id from another organisation is simply not found (404)."""

from django.db.models import Count, Q, QuerySet

from organizations.models import (
    Department,
    Invitation,
    Membership,
    MembershipStatus,
    Organization,
    OrganizationKind,
)


def members_of(organization: Organization) -> QuerySet[Membership]:
    return Membership.objects.filter(
        organization=organization, status=MembershipStatus.ACTIVE
    ).select_related("user", "department")


def member_search(
    organization: Organization,
    *,
    query: str = "",
    department_id: int | None = None,
    role: str = "",
) -> QuerySet[Membership]:
    """Active members matching a name or email fragment, a department and a role."""
    members = members_of(organization)
    if query:
        members = members.filter(
            Q(user__full_name__icontains=query) | Q(user__email__icontains=query)
        )
    if department_id:
        members = members.filter(department_id=department_id)
    if role == "lead":
        members = members.filter(is_lead=True)
    elif role == "admin":
        members = members.filter(is_admin=True)
    return members.order_by("user__full_name", "user__email")


def pending_requests_of(organization: Organization) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(organization=organization, status=MembershipStatus.PENDING)
        .select_related("user")
        .order_by("created_at")
    )


def departments_of(organization: Organization) -> QuerySet[Department]:
    return Department.objects.filter(organization=organization).annotate(
        member_count=Count("memberships", filter=Q(memberships__status=MembershipStatus.ACTIVE))
    )


def invitations_of(organization: Organization) -> QuerySet[Invitation]:
    return Invitation.objects.filter(organization=organization).select_related(
        "department", "invited_by", "accepted_by"
    )


def joinable_organizations(*, query: str = "") -> QuerySet[Organization]:
    """Organisations a person can ask to join, found by name or number."""
    organizations = Organization.objects.filter(is_active=True).select_related("county")
    if query:
        organizations = organizations.filter(
            Q(name__icontains=query) | Q(official_number=query) | Q(org_number=query)
        )
    return organizations.order_by("name")


def counties() -> QuerySet[Organization]:
    return Organization.objects.filter(kind=OrganizationKind.COUNTY).order_by("name")
