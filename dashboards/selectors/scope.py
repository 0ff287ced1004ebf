"""What every dashboard read is scoped to: the active members of one organisation, or of one
of its departments."""

from organizations.models import Department, MembershipStatus, Organization


def member_lookup(prefix: str, organization: Organization, department: Department | None):
    """Filter arguments that keep rows of the organisation's active members (through
    ``prefix``, e.g. ``"user__"``). Pass them to ONE ``filter()`` call, so the membership join
    is a single one and later ``values()`` on it reuse that join."""
    lookup = {
        f"{prefix}memberships__organization": organization,
        f"{prefix}memberships__status": MembershipStatus.ACTIVE,
    }
    if department is not None:
        lookup[f"{prefix}memberships__department"] = department
    return lookup


def check_department(organization: Organization, department: Department | None) -> None:
    if department is not None and department.organization_id != organization.pk:
        raise ValueError("The department belongs to another organisation.")
