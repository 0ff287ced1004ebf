"""Writes to the case database."""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupPagePermission,
    Revision,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from cases import tasks, vocabularies
from cases.models import (
    CaseIndexPage,
    CasePage,
    CaseParticipant,
    CaseRead,
    InterestStatus,
    ParticipantRole,
    PartnerInterest,
    ServiceArea,
    ServiceAreaFollow,
)
from cases.selectors import SEARCH_CACHE_FAMILY, SUBMITTED_DOCUMENTS_COLLECTION
from core.cache_versions import family_forget
from core.groups import CONTENT_REVIEWERS
from organizations.models import Membership


@transaction.atomic
def vocabularies_ensure() -> None:
    """Create any shipped controlled-list entry that is missing."""
    vocabularies.ensure_lists(lambda name: apps.get_model("cases", name))


# --- Submitting a case --------------------------------------------------------------------------
#
# A member's case is a Wagtail page that is not yet live. Every save is a revision, so drafts
# and proposed updates to published cases travel through Wagtail's moderation workflow and the
# editors review them in the admin like any other page.

# field → (step of the form, what to tell the person when it is missing)
REQUIRED_FOR_SUBMISSION: dict[str, tuple[str, str]] = {
    "title": ("om-saken", _("Give the case a title.")),
    "summary": ("om-saken", _("Write a short summary in plain language.")),
    "need": ("om-saken", _("Describe the need that started the case.")),
    "service_area": ("om-saken", _("Choose a service area.")),
    "status": ("om-saken", _("Choose where the case stands.")),
    "contact_email": ("om-saken", _("Give the organisation's email address for questions.")),
    "phases": ("anskaffelsen", _("Add at least one phase the case has reached.")),
    "lessons": ("resultater", _("Share at least one lesson learned.")),
}


class CaseIncomplete(Exception):
    """A submission with required fields missing. `problems` maps step → field → message."""

    def __init__(self, problems: dict[str, dict[str, str]]):
        super().__init__("case incomplete")
        self.problems = problems


def _is_empty(value) -> bool:
    if hasattr(value, "all"):  # a child relation: empty when it has no rows
        return not list(value.all())
    return value in (None, "")


def case_submission_problems(case: CasePage) -> dict[str, dict[str, str]]:
    """What must be filled before the case can be reviewed, grouped by step of the form."""
    problems: dict[str, dict[str, str]] = {}
    for field_name, (step, message) in REQUIRED_FOR_SUBMISSION.items():
        if _is_empty(getattr(case, field_name)):
            problems.setdefault(step, {})[field_name] = str(message)
    if not any(p.role == ParticipantRole.LEAD for p in case.participants.all()):
        problems.setdefault("anskaffelsen", {})["participants"] = str(
            _("One buyer must lead the procurement.")
        )
    return problems


def _unique_slug(index: CaseIndexPage, title: str) -> str:
    base = slugify(title)[:60].strip("-") or "sak"
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def case_draft_create(*, membership: Membership, title: str) -> CasePage:
    """Start a case as a draft owned by the person, with their organisation as lead buyer."""
    index = CaseIndexPage.objects.first()
    if index is None:
        raise ValidationError(_("The case database has not been set up yet."), code="no_case_index")
    case = CasePage(title=title, slug=_unique_slug(index, title), live=False, owner=membership.user)
    case.participants = [
        CaseParticipant(organization=membership.organization, role=ParticipantRole.LEAD)
    ]
    index.add_child(instance=case)
    case.save_revision(user=membership.user, log_action=True)
    return case


def case_draft_save(*, case: CasePage, user) -> Revision:
    """Keep the case as edited (its latest revision plus the changes) as a new revision. The
    published version, if any, stays as it is until an editor approves."""
    with transaction.atomic():
        return case.save_revision(user=user, log_action=True)


def _workflow_for(case: CasePage) -> Workflow:
    workflow = case.get_workflow()
    if workflow is None or not workflow.active:
        raise ValidationError(
            _("No review process is set up for cases. Tell the editors."), code="no_review_workflow"
        )
    return workflow


@transaction.atomic
def case_submit(*, case: CasePage, user) -> WorkflowState:
    """Send the case's latest revision to the editors for review. Raises CaseIncomplete, with
    each missing field, if it is not ready; then the draft stays as it is."""
    problems = case_submission_problems(case)
    if problems:
        raise CaseIncomplete(problems)
    state = case.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return state
    if state is not None:
        raise ValidationError(_("The case is already waiting for review."), code="in_review")
    # The submitter hears from Spire's own email (cases.tasks), which links to the site rather
    # than to the admin they cannot open; Wagtail's would come as well.
    UserProfile.objects.update_or_create(
        user=user, defaults={"approved_notifications": False, "rejected_notifications": False}
    )
    return _workflow_for(case).start(case, user)


# --- Finding partners --------------------------------------------------------------------------


@transaction.atomic
def partner_interest_register(
    *, case: CasePage, membership: Membership, message: str
) -> PartnerInterest:
    """A lead says their organisation wants to join a planned procurement."""
    if not membership.is_lead:
        raise PermissionDenied
    if case.status is None or not case.status.seeks_partners:
        raise ValidationError(
            _("This case is not looking for partners."), code="not_seeking_partners"
        )
    if case.participants.filter(organization_id=membership.organization_id).exists():
        raise ValidationError(
            _("Your organisation already takes part in this case."), code="already_participant"
        )
    if not message.strip():
        raise ValidationError(
            {
                "message": ValidationError(
                    _("Write a few words about why you want to join."), code="required"
                )
            }
        )
    interest, created = PartnerInterest.objects.get_or_create(
        case=case,
        organization_id=membership.organization_id,
        defaults={"registered_by": membership.user, "message": message.strip()},
    )
    if not created:
        raise ValidationError(
            _("Your organisation has already registered interest."), code="interest_exists"
        )
    transaction.on_commit(lambda: tasks.notify_partner_interest.delay(interest.pk))
    return interest


@transaction.atomic
def partner_interest_accept(*, interest: PartnerInterest, membership: Membership) -> None:
    """The case's lead organisation takes an interested organisation in as participant. The
    change is published as a new revision of the live case, so the page history shows it."""
    case = CasePage.objects.select_for_update().get(pk=interest.case_id)
    lead = case.participants.filter(role=ParticipantRole.LEAD).first()
    if lead is None or lead.organization_id != membership.organization_id:
        raise PermissionDenied
    if not (membership.is_lead or membership.is_admin):
        raise PermissionDenied
    if case.has_unpublished_changes or case.current_workflow_state is not None:
        raise ValidationError(
            _("An update of this case is being reviewed. Accept partners when it is done."),
            code="update_in_review",
        )
    if interest.status == InterestStatus.ACCEPTED:
        return
    if not case.participants.filter(organization_id=interest.organization_id).exists():
        case.participants.add(
            CaseParticipant(
                organization_id=interest.organization_id, role=ParticipantRole.PARTICIPANT
            )
        )
        # The lead organisation's leads are not Wagtail editors; the checks above are the
        # permission, so Wagtail's publish permission is not asked for.
        case.save_revision(user=membership.user, log_action=True).publish(
            user=membership.user, skip_permission_checks=True
        )
    interest.status = InterestStatus.ACCEPTED
    interest.save(update_fields=["status"])
    transaction.on_commit(lambda: tasks.notify_interest_accepted.delay(interest.pk))


def service_area_follow_set(*, user, service_area: ServiceArea, follow: bool) -> None:
    """Start or stop following a service area; doing it twice changes nothing."""
    if follow:
        ServiceAreaFollow.objects.get_or_create(user=user, service_area=service_area)
    else:
        ServiceAreaFollow.objects.filter(user=user, service_area=service_area).delete()


# --- Documents submitted with a case ------------------------------------------------------------


def _submitted_documents_collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=SUBMITTED_DOCUMENTS_COLLECTION).first()
    return existing or root.add_child(name=SUBMITTED_DOCUMENTS_COLLECTION)


@transaction.atomic
def case_document_store(*, file, title: str, user) -> AbstractDocument:
    """Keep a file a member uploads with a case as a Wagtail document, in a collection of its
    own so editors can tell submitted files from their own. The case's draft refers to it; the
    form has already checked the file's type and size."""
    document = get_document_model()(
        title=(title or file.name)[:255],
        file=file,
        collection=_submitted_documents_collection(),
        uploaded_by_user=user,
    )
    document._set_document_file_metadata()
    document.save()
    return document


# --- The editors' review ------------------------------------------------------------------------

CASE_REVIEW_WORKFLOW = "Gjennomgang av saker"
CASE_REVIEW_TASK = "Redaksjonell gjennomgang"


@transaction.atomic
def case_review_workflow_ensure(index: CaseIndexPage) -> Workflow:
    """The moderation workflow every submitted case and proposed update goes through: one
    review by the editors or moderators. Approving publishes as the approver, so the groups
    may also edit and publish the cases. Running it again changes nothing."""
    groups = [Group.objects.get_or_create(name=name)[0] for name in CONTENT_REVIEWERS]
    for group in groups:
        for codename in ("change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=index,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    task = GroupApprovalTask.objects.filter(name=CASE_REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=CASE_REVIEW_TASK)
    task.groups.add(*groups)
    workflow, _created = Workflow.objects.update_or_create(
        name=CASE_REVIEW_WORKFLOW, defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def case_search_cache_invalidate() -> None:
    """Make every cached search and facet count stale, after a change to what they show."""
    family_forget(SEARCH_CACHE_FAMILY)


# --- Reading ------------------------------------------------------------------------------------


def case_read_record(*, user, case: CasePage) -> None:
    """Remember that the person has read the case, once: a later visit changes nothing. One
    INSERT that skips an existing row, so a page view costs one query and two views at the same
    moment cannot both insert (no read-then-write race)."""
    CaseRead.objects.bulk_create([CaseRead(user=user, case=case)], ignore_conflicts=True)
