"""Writes to organisations, memberships, departments and invitations.

Every function validates, writes inside a transaction and enqueues its emails on commit."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from organizations.models import (
    Department,
    EmailDomain,
    Invitation,
    Membership,
    MembershipSource,
    MembershipStatus,
    Organization,
)
from organizations.tasks import (
    send_invitation_email,
    send_membership_approved_notice,
    send_membership_request_notice,
)
from organizations.tokens import invitation_id_from_token
from organizations.validators import is_public_mail_domain, normalize_domain

User = get_user_model()


@dataclass(frozen=True)
class MemberRoles:
    department: Department | None = None
    is_lead: bool = False
    is_admin: bool = False


def _enqueue(task, *args) -> None:
    transaction.on_commit(lambda: task.delay(*args))


# Joining ---------------------------------------------------------------------------------


def organization_for_email(email: str) -> Organization | None:
    """The active organisation that owns the email's domain, if any. A public mail domain
    never belongs to one, even if a row for it slipped in before the validator refused them."""
    domain = normalize_domain(email.rpartition("@")[2])
    if is_public_mail_domain(domain):
        return None
    match = (
        EmailDomain.objects.filter(domain=domain, organization__is_active=True)
        .select_related("organization")
        .first()
    )
    return match.organization if match else None


@transaction.atomic
def membership_join_by_email_domain(*, user: User, email: str) -> Membership | None:
    """Place a person with a verified work email in the organisation that owns its domain.
    Does nothing for unknown domains, and never downgrades an existing membership."""
    organization = organization_for_email(email)
    if organization is None:
        return None
    membership, created = Membership.objects.get_or_create(
        user=user,
        organization=organization,
        defaults={
            "status": MembershipStatus.ACTIVE,
            "approved_at": timezone.now(),
            "source": MembershipSource.DOMAIN,
        },
    )
    if not created and membership.status == MembershipStatus.PENDING:
        # A request still waiting is let in by the address: the membership now rests on it.
        membership.status = MembershipStatus.ACTIVE
        membership.approved_at = timezone.now()
        membership.source = MembershipSource.DOMAIN
        membership.save(update_fields=["status", "approved_at", "source"])
    return membership


def _domain_of(email: str) -> str:
    return normalize_domain(email.rpartition("@")[2])


@transaction.atomic
def membership_offboard_by_email_domain(*, user: User, remaining_emails: list[str]) -> list[str]:
    """End the memberships a person holds only because of an address at the organisation's
    domain, once none of their remaining verified addresses is at one of its domains (they
    removed their work address: they have left). Memberships that came from an invitation, a
    request or an administrator stay. The last administrator of an organisation stays too: an
    organisation keeps one. Returns the names of the organisations left."""
    remaining = {_domain_of(email) for email in remaining_emails}
    left = []
    memberships = Membership.objects.filter(
        user=user, source=MembershipSource.DOMAIN
    ).select_related("organization")
    for membership in memberships:
        domains = set(membership.organization.email_domains.values_list("domain", flat=True))
        if domains & remaining:
            continue
        if is_last_admin(membership):
            continue
        membership.delete()
        left.append(membership.organization.name)
    return left


@transaction.atomic
def membership_request(*, user: User, organization: Organization, message: str = "") -> Membership:
    """Ask to join an organisation; its admins are told and decide."""
    if not organization.is_active:
        raise ValidationError(
            _("This organisation does not take new members."), code="organization_inactive"
        )
    existing = Membership.objects.filter(user=user, organization=organization).first()
    if existing:
        if existing.is_active:
            raise ValidationError(
                _("You are already a member of %(org)s."),
                code="already_member",
                params={"org": organization},
            )
        raise ValidationError(
            _("You have already asked to join %(org)s. An administrator will answer."),
            code="already_requested",
            params={"org": organization},
        )
    membership = Membership.objects.create(
        user=user,
        organization=organization,
        status=MembershipStatus.PENDING,
        request_message=message.strip(),
        source=MembershipSource.REQUEST,
    )
    _enqueue(send_membership_request_notice, membership.pk)
    return membership


@transaction.atomic
def membership_approve(*, membership: Membership, roles: MemberRoles | None = None) -> Membership:
    """Let a person who asked to join in, and tell them."""
    if membership.is_active:
        return membership
    roles = roles or MemberRoles()
    _check_department(membership.organization, roles.department)
    membership.status = MembershipStatus.ACTIVE
    membership.approved_at = timezone.now()
    membership.department = roles.department
    membership.is_lead = roles.is_lead
    membership.is_admin = roles.is_admin
    membership.save()
    _enqueue(send_membership_approved_notice, membership.pk)
    return membership


@transaction.atomic
def membership_reject(*, membership: Membership) -> None:
    """Turn down a request to join. The person may ask again later."""
    if membership.is_active:
        raise ValidationError(
            _("Only requests that wait for approval can be turned down."), code="not_pending"
        )
    membership.delete()


# Managing members ------------------------------------------------------------------------


def _check_department(organization: Organization, department: Department | None) -> None:
    if department is not None and department.organization_id != organization.pk:
        raise ValidationError(
            {
                "department": ValidationError(
                    _("The department belongs to another organisation."),
                    code="department_elsewhere",
                )
            }
        )


@transaction.atomic
def membership_add(
    *, user: User, organization: Organization, roles: MemberRoles | None = None
) -> Membership:
    """Make a person an active member straight away, as a platform administrator does to give
    a new organisation its first administrator. Someone who already belongs (or has asked to
    join) keeps that membership: change it instead."""
    roles = roles or MemberRoles()
    _check_department(organization, roles.department)
    if Membership.objects.filter(user=user, organization=organization).exists():
        raise ValidationError(
            {
                "user": ValidationError(
                    _("This person already has a membership in this organisation."),
                    code="exists",
                )
            }
        )
    return Membership.objects.create(
        user=user,
        organization=organization,
        status=MembershipStatus.ACTIVE,
        approved_at=timezone.now(),
        department=roles.department,
        is_lead=roles.is_lead,
        is_admin=roles.is_admin,
    )


# An organisation keeps at least one administrator ----------------------------------------
# The one home of that rule: the organisation's own pages, the Wagtail admin, offboarding by
# email domain and account deletion all ask these two functions.


def _active_admins():
    """Administrators who can act: an active membership and an account that can sign in."""
    return Membership.objects.filter(
        status=MembershipStatus.ACTIVE, is_admin=True, user__is_active=True
    )


def is_last_admin(membership: Membership) -> bool:
    """Whether the organisation would be left without an active administrator without it."""
    return (
        membership.is_admin
        and membership.status == MembershipStatus.ACTIVE
        and not _active_admins()
        .filter(organization_id=membership.organization_id)
        .exclude(pk=membership.pk)
        .exists()
    )


def last_admins_message(users, organizations, *, deactivating: bool) -> str:
    """Why these people cannot be deleted or deactivated, naming the organisations."""
    if deactivating:
        text = _(
            "%(person)s is the only administrator of %(orgs)s. Make someone else "
            "administrator there before you deactivate this user."
        )
    else:
        text = _(
            "%(person)s is the only administrator of %(orgs)s. Make someone else "
            "administrator there before you delete this user."
        )
    return text % {
        "person": ", ".join(str(user) for user in users),
        "orgs": ", ".join(org.name for org in organizations),
    }


def organizations_left_without_admin(users) -> list[Organization]:
    """The organisations that would have no active administrator without these people (one
    or several deleted together), by name."""
    theirs = _active_admins().filter(user__in=users).values("organization_id")
    others = _active_admins().exclude(user__in=users).values("organization_id")
    return list(Organization.objects.filter(pk__in=theirs).exclude(pk__in=others).order_by("name"))


@transaction.atomic
def membership_update(*, membership: Membership, roles: MemberRoles) -> Membership:
    """Change a member's department and roles. An organisation keeps at least one admin."""
    _check_department(membership.organization, roles.department)
    if not roles.is_admin and is_last_admin(membership):
        raise ValidationError(
            _(
                "The organisation must have at least one administrator. Make someone else "
                "administrator first."
            ),
            code="last_admin",
        )
    membership.department = roles.department
    membership.is_lead = roles.is_lead
    membership.is_admin = roles.is_admin
    membership.save(update_fields=["department", "is_lead", "is_admin"])
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership) -> None:
    """Remove a person from the organisation. Their account stays; their link here goes."""
    if is_last_admin(membership):
        raise ValidationError(
            _("You cannot remove the last administrator. Make someone else administrator first."),
            code="last_admin",
        )
    membership.delete()


# Departments -----------------------------------------------------------------------------


def _department_name_taken() -> ValidationError:
    return ValidationError(
        {
            "name": ValidationError(
                _("A department with this name already exists."), code="name_taken"
            )
        }
    )


def _save_department(department: Department) -> Department:
    try:
        with transaction.atomic():
            department.full_clean()
            department.save()
    except IntegrityError as error:
        raise _department_name_taken() from error
    except ValidationError as error:
        if "__all__" in getattr(error, "error_dict", {}):
            raise _department_name_taken() from error
        raise
    return department


def department_create(*, organization: Organization, name: str) -> Department:
    return _save_department(Department(organization=organization, name=name.strip()))


def department_rename(*, department: Department, name: str) -> Department:
    department.name = name.strip()
    return _save_department(department)


@transaction.atomic
def department_delete(*, department: Department) -> None:
    """Delete a department. Its members stay in the organisation without a department."""
    department.delete()


# Invitations -----------------------------------------------------------------------------


class InvitationError(Exception):
    """An invitation link that cannot be used, with a message to show the person."""


def invitation_from_token(token: str) -> Invitation:
    """The invitation a token points to, whatever its state; InvitationError if forged."""
    try:
        pk = invitation_id_from_token(token)
    except signing.BadSignature as error:
        raise InvitationError(
            _(
                "This invitation link is not valid. Check that you copied all "
                "of it, or ask for a new invitation."
            )
        ) from error
    invitation = Invitation.objects.select_related("organization").filter(pk=pk).first()
    if invitation is None:
        raise InvitationError(_("This invitation no longer exists. Ask for a new invitation."))
    return invitation


def invitation_problem(invitation: Invitation) -> str | None:
    """Why an invitation cannot be accepted now, in words for the person, or None."""
    if invitation.accepted_at:
        return _("This invitation has already been used.")
    if invitation.revoked_at:
        return _("This invitation has been withdrawn.")
    if invitation.is_expired:
        return _("This invitation has expired. Ask the administrator for a new one.")
    return None


@transaction.atomic
def invitation_create(
    *,
    organization: Organization,
    email: str,
    roles: MemberRoles,
    invited_by: User,
) -> Invitation:
    """Invite a person by email. Sending happens in a Celery task after commit."""
    email = User.objects.normalize_email(email).lower()
    _check_department(organization, roles.department)
    owner = organization_for_email(email)
    if owner is not None and owner.pk != organization.pk:
        raise ValidationError(
            {
                "email": ValidationError(
                    _(
                        "%(email)s is an address at %(owner)s. Invite people with addresses of "
                        "your own organisation, or ask them to join %(owner)s."
                    ),
                    code="address_elsewhere",
                    params={"email": email, "owner": owner},
                )
            }
        )
    if Membership.objects.filter(
        organization=organization, user__email__iexact=email, status=MembershipStatus.ACTIVE
    ).exists():
        raise ValidationError(
            {"email": ValidationError(_("This person is already a member."), code="already_member")}
        )
    if Invitation.objects.open().filter(organization=organization, email__iexact=email).exists():
        raise ValidationError(
            {
                "email": ValidationError(
                    _("This person already has an open invitation. Withdraw it to send a new one."),
                    code="invitation_open",
                )
            }
        )
    invitation = Invitation.objects.create(
        organization=organization,
        email=email,
        department=roles.department,
        is_lead=roles.is_lead,
        is_admin=roles.is_admin,
        invited_by=invited_by,
        expires_at=timezone.now() + timedelta(days=settings.INVITATION_VALID_DAYS),
    )
    _enqueue(send_invitation_email, invitation.pk)
    return invitation


@transaction.atomic
def invitation_revoke(*, invitation: Invitation) -> Invitation:
    if invitation.accepted_at:
        raise ValidationError(
            _("An accepted invitation cannot be withdrawn."), code="invitation_accepted"
        )
    if not invitation.revoked_at:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, user: User) -> Membership:
    """Join the organisation an invitation is for. The invitation works once, for the email
    it was sent to, before it expires."""
    invitation = invitation_from_token(token)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    problem = invitation_problem(invitation)
    if problem:
        raise InvitationError(problem)
    if user.email.lower() != invitation.email.lower():
        raise InvitationError(
            _("This invitation was sent to %(email)s. Sign in with that address to accept it.")
            % {"email": invitation.email}
        )
    # An invited person stays when they later remove their address at the domain.
    membership, _created = Membership.objects.update_or_create(
        user=user,
        organization=invitation.organization,
        defaults={
            "status": MembershipStatus.ACTIVE,
            "approved_at": timezone.now(),
            "source": MembershipSource.INVITATION,
        },
    )
    # An invitation adds rights; it never takes away those the member already has.
    membership.is_lead = membership.is_lead or invitation.is_lead
    membership.is_admin = membership.is_admin or invitation.is_admin
    membership.department = invitation.department or membership.department
    membership.save(update_fields=["is_lead", "is_admin", "department"])
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership
