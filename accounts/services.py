"""Writes to a person's own account."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from accounts.selectors import address_match, user_addresses
from cases.models import CaseDocument, CasePage
from cases.selectors import SUBMITTED_DOCUMENTS_COLLECTION
from core.models import SentEmail
from organizations.models import Invitation
from organizations.services import organizations_left_without_admin

User = get_user_model()
INACTIVE_ACCOUNT_DAYS = 730  # the privacy notice promises deletion after 24 months unused


@transaction.atomic
def profile_update(*, user: User, full_name: str) -> User:
    user.full_name = full_name.strip()
    user.save(update_fields=["full_name"])
    return user


def _documents_listed_by_cases(user: User, documents: list) -> set[int]:
    """Which of the person's uploads a case lists, in its published version or in the latest
    version of a case the person saved (a member can only add an upload to a case they save)."""
    listed = set(
        CaseDocument.objects.filter(document__in=documents).values_list("document_id", flat=True)
    )
    saved = Revision.page_revisions.filter(user=user).values_list("object_id", flat=True)
    for case in CasePage.objects.filter(pk__in=[int(pk) for pk in set(saved)]):
        latest = case.get_latest_revision_as_object()
        listed.update(row.document_id for row in latest.documents.all())
    return listed


def _personal_data_erase(user: User) -> None:
    """What deleting the user row alone would leave behind (accounts/personal_data.py): the
    address in invitations and in the sent-email log, audit entries that keep the user's id,
    and files uploaded with a case that no case lists, which would stay on disk for nobody."""
    addresses = user_addresses(user)
    Invitation.objects.filter(address_match("email", addresses)).delete()
    SentEmail.objects.filter(address_match("recipient", addresses)).delete()
    for log_entry in (PageLogEntry, ModelLogEntry):
        log_entry.objects.filter(user_id=user.pk).update(user=None)
    uploads = list(
        get_document_model().objects.filter(
            uploaded_by_user=user, collection__name=SUBMITTED_DOCUMENTS_COLLECTION
        )
    )
    listed = _documents_listed_by_cases(user, uploads)
    for document in uploads:
        if document.pk not in listed:
            # Wagtail removes the file from storage once the transaction commits.
            document.delete()


@transaction.atomic
def account_delete(*, user: User, password: str) -> None:
    """Delete a person's account and everything linked to it, at their own request. The
    password is asked again so an unattended session cannot delete the account."""
    if not user.check_password(password):
        raise ValidationError(
            {"password": ValidationError(_("The password is wrong."), code="wrong_password")}
        )
    sole_admin_of = organizations_left_without_admin([user])
    if sole_admin_of:
        raise ValidationError(
            _(
                "You are the only administrator of %(orgs)s. Make someone else administrator "
                "before you delete your account."
            )
            % {"orgs": ", ".join(org.name for org in sole_admin_of)},
            code="last_admin",
        )
    _personal_data_erase(user)
    user.delete()


@transaction.atomic
def inactive_accounts_delete(*, now=None) -> int:
    """Delete accounts nobody has used for 24 months (never superusers). Returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=INACTIVE_ACCOUNT_DAYS)
    stale = User.objects.alias(last_seen=Coalesce("last_login", "date_joined")).filter(
        last_seen__lt=cutoff, is_superuser=False
    )
    deleted = 0
    for user in list(stale):
        _personal_data_erase(user)
        user.delete()
        deleted += 1
    return deleted
