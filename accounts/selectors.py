"""Reads about a person, for the person themself."""

from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from cases.models import CaseRead
from organizations.models import Invitation, Membership

User = get_user_model()


def _when(value) -> str | None:
    return value.isoformat() if value else None


def personal_data_export(user: User) -> dict[str, Any]:
    """Everything Spire stores about a person, in a machine-readable form (GDPR art. 15 and
    20). Survey answers are absent by design: they are not linked to the person."""
    memberships = Membership.objects.filter(user=user).select_related("organization", "department")
    invitations = Invitation.objects.filter(email__iexact=user.email).select_related("organization")
    return {
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user)
        ],
        "memberships": [
            {
                "organization": m.organization.name,
                "department": m.department.name if m.department else None,
                "status": m.status,
                "roles": m.roles,
                "request_message": m.request_message,
                "created_at": _when(m.created_at),
            }
            for m in memberships
        ],
        "invitations_received": [
            {
                "organization": i.organization.name,
                "created_at": _when(i.created_at),
                "accepted_at": _when(i.accepted_at),
            }
            for i in invitations
        ],
        "cases_read": [
            {"case": read.case.title, "first_read_at": _when(read.first_read_at)}
            for read in CaseRead.objects.filter(user=user).select_related("case")
        ],
    }
