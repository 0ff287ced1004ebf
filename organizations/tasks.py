"""Emails about invitations and membership requests. Each task takes an id, loads the row and
sends at most once (core.emails.email_send_once), so a retry or a redelivery after a
worker died is harmless."""

from celery import shared_task
from django.urls import reverse
from django.utils import timezone

from core.emails import absolute_url, email_send_once
from organizations.models import Invitation, Membership, MembershipStatus
from organizations.tokens import invitation_token

RETRY = {"autoretry_for": (OSError,), "retry_backoff": True, "max_retries": 5}


@shared_task(**RETRY)
def send_invitation_email(invitation_id: int) -> bool:
    invitation = (
        Invitation.objects.select_related("organization", "invited_by")
        .filter(pk=invitation_id, accepted_at__isnull=True, revoked_at__isnull=True)
        .first()
    )
    if invitation is None:
        return False
    sent = email_send_once(
        key=f"invitation:{invitation.pk}",
        to=invitation.email,
        template="organizations/email/invitation",
        context={
            "invitation": invitation,
            "accept_url": absolute_url(
                reverse("organizations:invitation_accept", args=[invitation_token(invitation.pk)])
            ),
        },
    )
    if sent:
        Invitation.objects.filter(pk=invitation.pk).update(sent_at=timezone.now())
    return sent


@shared_task(**RETRY)
def send_membership_request_notice(membership_id: int) -> int:
    """Tell every admin of the organisation that someone asks to join."""
    membership = (
        Membership.objects.select_related("user", "organization")
        .filter(pk=membership_id, status=MembershipStatus.PENDING)
        .first()
    )
    if membership is None:
        return 0
    admins = Membership.objects.filter(
        organization_id=membership.organization_id, status=MembershipStatus.ACTIVE, is_admin=True
    ).select_related("user")
    context = {
        "membership": membership,
        "requests_url": absolute_url(reverse("organizations:requests")),
    }
    return sum(
        email_send_once(
            key=f"membership-request:{membership.pk}:{admin.user_id}",
            to=admin.user.email,
            template="organizations/email/membership_request",
            context=context,
        )
        for admin in admins
    )


@shared_task(**RETRY)
def send_membership_approved_notice(membership_id: int) -> bool:
    membership = (
        Membership.objects.select_related("user", "organization")
        .filter(pk=membership_id, status=MembershipStatus.ACTIVE)
        .first()
    )
    if membership is None:
        return False
    return email_send_once(
        key=f"membership-approved:{membership.pk}",
        to=membership.user.email,
        template="organizations/email/membership_approved",
        context={"membership": membership, "site_url": absolute_url("/")},
    )
