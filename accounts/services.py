"""Writes to a person's own account."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from organizations.models import Membership, MembershipStatus

User = get_user_model()
INACTIVE_ACCOUNT_DAYS = 730  # the privacy notice promises deletion after 24 months unused


@transaction.atomic
def profile_update(*, user: User, full_name: str) -> User:
    user.full_name = full_name.strip()
    user.save(update_fields=["full_name"])
    return user


def _organizations_left_without_admin(user: User) -> list[str]:
    sole_admin_of = []
    for membership in Membership.objects.filter(
        user=user, is_admin=True, status=MembershipStatus.ACTIVE
    ).select_related("organization"):
        others = Membership.objects.filter(
            organization=membership.organization, is_admin=True, status=MembershipStatus.ACTIVE
        ).exclude(user=user)
        if not others.exists():
            sole_admin_of.append(membership.organization.name)
    return sole_admin_of


@transaction.atomic
def account_delete(*, user: User, password: str) -> None:
    """Delete a person's account and everything linked to it, at their own request. The
    password is asked again so an unattended session cannot delete the account."""
    if not user.check_password(password):
        raise ValidationError({"password": _("The password is wrong.")})
    sole_admin_of = _organizations_left_without_admin(user)
    if sole_admin_of:
        raise ValidationError(
            _(
                "You are the only administrator of %(orgs)s. Make someone else administrator "
                "before you delete your account."
            )
            % {"orgs": ", ".join(sole_admin_of)}
        )
    user.delete()


@transaction.atomic
def inactive_accounts_delete(*, now=None) -> int:
    """Delete accounts nobody has used for 24 months (never superusers). Returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=INACTIVE_ACCOUNT_DAYS)
    stale = User.objects.alias(last_seen=Coalesce("last_login", "date_joined")).filter(
        last_seen__lt=cutoff, is_superuser=False
    )
    _total, deleted_per_model = stale.delete()
    return deleted_per_model.get(User._meta.label, 0)
