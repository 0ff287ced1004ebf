"""How each kind of stored row that is about a person is covered by their rights: shown in the
personal-data export (``accounts.selectors.personal_data_export``), removed or unlinked when the
account is deleted (``accounts.services.account_delete``), or both.

``COVERAGE`` names every field that links a row to the user model, and every field that holds
an email address as text. tests/accounts/test_personal_data_coverage.py walks the model graph
and fails for a link that is missing here, so a new model that refers to a person stays red
until someone decides how the person sees it and how it goes when they leave.

Anonymous survey responses (``assessments.SurveyResponse`` and its answers) hold no link to the
person by design and are absent; that someone answered a round (``SurveyParticipation``) is
the person's data, exported and deleted with the account.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Deletion(Enum):
    DELETED = "deleted"
    """The rows go with the account (on_delete=CASCADE)."""
    UNLINKED = "unlinked"
    """The rows belong to an organisation or to the content and stay, without the person
    (on_delete=SET_NULL, or set to NULL by account_delete where the field does not cascade)."""
    ERASED = "erased"
    """Text holding the person's address: account_delete removes the rows that hold it."""
    KEPT = "kept"
    """Stays as it is; ``reason`` says why that is right."""


@dataclass(frozen=True)
class Coverage:
    export: str | None  # the top-level key of the export that shows these rows; None: not shown
    deletion: Deletion
    reason: str = ""


E, D = Coverage, Deletion

COVERAGE: dict[str, Coverage] = {
    # --- Spire's own models -------------------------------------------------------------------
    "accounts.User.email": E("account", D.DELETED),
    "organizations.Membership.user": E("memberships", D.DELETED),
    "organizations.Invitation.invited_by": E(
        "invitations_sent",
        D.UNLINKED,
        "The organisation's record of who was invited; the invitee's address is theirs, not "
        "the inviter's, so the export lists the invitation without it.",
    ),
    "organizations.Invitation.accepted_by": E("invitations_received", D.UNLINKED),
    "organizations.Invitation.email": E("invitations_received", D.ERASED),
    "core.SentEmail.recipient": E(
        None,
        D.ERASED,
        "A technical log that keeps a task from sending one email twice; it only repeats the "
        "address, which the export shows under account and email_addresses.",
    ),
    "cases.PartnerInterest.registered_by": E(
        "partner_interests_registered",
        D.UNLINKED,
        "The organisation's interest in a case stays; only who registered it goes.",
    ),
    "cases.ServiceAreaFollow.user": E("service_areas_followed", D.DELETED),
    "cases.CaseRead.user": E("cases_read", D.DELETED),
    "cases.CasePage.contact_email": E(
        "cases_naming_you_as_contact",
        D.KEPT,
        "A published case's contact is the organisation's choice and usually a role address; "
        "the export lists the cases naming the person so they can ask the editors to change it.",
    ),
    "core.DisclosedContribution.person": E(
        None,
        D.UNLINKED,
        "Which group of at least five a quiz result was released with (core.disclosure). The "
        "result is in figures leads have seen, so the group keeps counting it, unnamed; the "
        "result itself is exported under quiz_attempts.",
    ),
    "learning.Enrolment.user": E("enrolments", D.DELETED),
    "learning.StepCompletion.user": E("steps_completed", D.DELETED),
    "learning.CourseCompletion.user": E("certificates", D.DELETED),
    "learning.Assignment.assigned_by": E(
        "assignments_made",
        D.UNLINKED,
        "The organisation's assignment stays for the people it is for.",
    ),
    "assessments.Attempt.user": E("quiz_attempts", D.DELETED),
    "assessments.SurveyRound.created_by": E(
        "survey_rounds_created", D.UNLINKED, "The organisation's survey round stays."
    ),
    "assessments.SurveyParticipation.user": E("survey_rounds_answered", D.DELETED),
    # --- allauth ------------------------------------------------------------------------------
    "account.EmailAddress.user": E("email_addresses", D.DELETED),
    "account.EmailAddress.email": E("email_addresses", D.DELETED),
    "mfa.Authenticator.user": E(
        "two_factor_methods",
        D.DELETED,
        "The export says which methods exist and when they were used, never their secrets.",
    ),
    # --- Wagtail: what editors and case submitters leave in the CMS ---------------------------
    "wagtailcore.Page.owner": E("cases_submitted", D.UNLINKED, "Pages are the site's content."),
    "wagtailcore.Page.locked_by": E(None, D.UNLINKED, "A passing editing lock."),
    "wagtailcore.Revision.user": E(
        "cases_submitted",
        D.UNLINKED,
        "Versions of content stay in its history; the export lists the cases the person saved.",
    ),
    "wagtailcore.WorkflowState.requested_by": E("cases_submitted", D.UNLINKED),
    "wagtailcore.TaskState.finished_by": E(None, D.UNLINKED, "An editor's review decision."),
    "wagtailcore.PageLogEntry.user": E(
        None,
        D.UNLINKED,
        "The content's audit history; Wagtail does not cascade it, so account_delete sets it "
        "to nobody.",
    ),
    "wagtailcore.ModelLogEntry.user": E(
        None, D.UNLINKED, "As PageLogEntry: set to nobody by account_delete."
    ),
    "wagtailcore.Comment.user": E("page_comments", D.DELETED),
    "wagtailcore.Comment.resolved_by": E(None, D.UNLINKED, "Who resolved a comment."),
    "wagtailcore.CommentReply.user": E("page_comments", D.DELETED),
    "wagtailcore.PageSubscription.user": E(
        None, D.DELETED, "A notification setting of the editing interface."
    ),
    "wagtailcore.UploadedFile.uploaded_by_user": E(
        None, D.UNLINKED, "A temporary file of an upload in progress, cleared by Wagtail."
    ),
    "wagtailcore.APIToken.user": E(None, D.DELETED, "Not used by Spire."),
    "wagtailadmin.EditingSession.user": E(
        None, D.DELETED, "Who has an editor open right now; gone within minutes."
    ),
    "wagtailadmin.FormState.user": E(None, D.DELETED, "An unsaved admin form."),
    "wagtailusers.UserProfile.user": E(
        None, D.DELETED, "Admin preferences (language, notifications); no personal content."
    ),
    "wagtaildocs.Document.uploaded_by_user": E(
        "files_uploaded",
        D.UNLINKED,
        "A file on a case stays with the case; a file the person uploaded with a case that no "
        "case lists is deleted, from the disk too (account_delete).",
    ),
    "wagtailimages.Image.uploaded_by_user": E(
        "files_uploaded", D.UNLINKED, "Editors' images are the site's content."
    ),
    # --- Django -------------------------------------------------------------------------------
    "admin.LogEntry.user": E(None, D.DELETED, "The Django admin's own history."),
}
"""``app_label.Model.field`` → how it is covered. Only fields declared on the model itself; a
Wagtail page type inherits ``owner`` and ``locked_by`` from ``wagtailcore.Page``."""

NULLED_ON_DELETION = ("wagtailcore.PageLogEntry.user", "wagtailcore.ModelLogEntry.user")
"""Links that do not cascade (on_delete=DO_NOTHING); account_delete sets them to NULL."""
