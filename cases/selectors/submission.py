"""Reads for members submitting cases and proposing updates."""

from dataclasses import dataclass

from django.db.models import (
    IntegerField,
    Prefetch,
    Q,
    QuerySet,
)
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Revision, WorkflowState

from cases.models import (
    CasePage,
    CaseParticipant,
)
from organizations.models import Membership, MembershipStatus

# --- Submission -----------------------------------------------------------------------------
#
# A member's case, and a member's proposed update to a published one, is the latest revision of
# a case page; what they see and edit is always that revision, never the live page.


class SubmissionStatus:
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"
    PUBLISHED_UPDATE_DRAFT = "published_update_draft"
    PUBLISHED_UPDATE_IN_REVIEW = "published_update_in_review"


SUBMISSION_STATUS_LABELS = {
    SubmissionStatus.DRAFT: _("Draft"),
    SubmissionStatus.IN_REVIEW: _("Waiting for review"),
    SubmissionStatus.CHANGES_REQUESTED: _("Changes requested"),
    SubmissionStatus.PUBLISHED: _("Published"),
    SubmissionStatus.PUBLISHED_UPDATE_DRAFT: _("Published – update not yet submitted"),
    SubmissionStatus.PUBLISHED_UPDATE_IN_REVIEW: _("Published – update waiting for review"),
}


@dataclass
class ReviewState:
    """Where a case stands with the editors, and what they said when they asked for changes."""

    status: str
    comment: str = ""

    @property
    def label(self) -> str:
        return str(SUBMISSION_STATUS_LABELS[self.status])

    @property
    def locked(self) -> bool:
        """While the editors review a revision, it is not edited under them."""
        return self.status in (
            SubmissionStatus.IN_REVIEW,
            SubmissionStatus.PUBLISHED_UPDATE_IN_REVIEW,
        )


def review_state(case: CasePage) -> ReviewState:
    """The case's submission status from its live flag and its active workflow state (which a
    listing prefetches with `prefetch_workflow_states`)."""
    state = case.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = state.current_task_state
        return ReviewState(
            SubmissionStatus.CHANGES_REQUESTED, task_state.comment if task_state else ""
        )
    in_review = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    if not case.live:
        return ReviewState(SubmissionStatus.IN_REVIEW if in_review else SubmissionStatus.DRAFT)
    if in_review:
        return ReviewState(SubmissionStatus.PUBLISHED_UPDATE_IN_REVIEW)
    if case.has_unpublished_changes:
        return ReviewState(SubmissionStatus.PUBLISHED_UPDATE_DRAFT)
    return ReviewState(SubmissionStatus.PUBLISHED)


def _organization_ids(user) -> set[int]:
    return set(
        Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE).values_list(
            "organization_id", flat=True
        )
    )


def editable_case(case_id: int, user) -> CasePage | None:
    """The latest revision of a case the person may edit: they own it, or one of their
    organisations takes part in it as that revision says. None for anyone else."""
    if not user.is_authenticated:
        return None
    page = CasePage.objects.filter(pk=case_id).first()
    if page is None:
        return None
    case = page.get_latest_revision_as_object()
    if page.owner_id == user.pk:
        return case
    participating = {p.organization_id for p in case.participants.all()}
    return case if participating & _organization_ids(user) else None


def has_been_submitted(case: CasePage) -> bool:
    """Whether the case has been sent to the editors at least once: then every step shows
    what is still missing."""
    return WorkflowState.objects.for_instance(case).exists()


@dataclass
class MemberCase:
    case: CasePage
    state: ReviewState


def cases_of_member(user, membership: Membership | None) -> list[MemberCase]:
    """The cases on a person's «My cases» page: those they own or have edited, and those their
    current organisation takes part in that have a draft or an update on the way. A fixed
    number of queries, however many cases."""
    edited = (
        Revision.page_revisions.filter(user=user)
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )
    condition = Q(owner=user) | Q(pk__in=edited)
    if membership is not None:
        participating = CaseParticipant.objects.filter(
            organization_id=membership.organization_id
        ).values("page_id")
        condition |= Q(pk__in=participating) & (Q(live=False) | Q(has_unpublished_changes=True))
    # The specific relation: PageQuerySet.prefetch_workflow_states() on a CasePage queryset
    # picks the generic one, which finds nothing for a page subclass.
    active_states = Prefetch(
        "_specific_workflow_states",
        queryset=WorkflowState.objects.active().select_related("current_task_state__task"),
        to_attr="_current_workflow_states",
    )
    cases = (
        CasePage.objects.filter(condition)
        .prefetch_related(active_states)
        .order_by("-latest_revision_created_at", "-pk")
    )
    return [MemberCase(case, review_state(case)) for case in cases]


SUBMITTED_DOCUMENTS_COLLECTION = "Innsendte saksdokumenter"


def document_choices(case: CasePage, user) -> QuerySet:
    """The files a document row of the case form may keep: those already on the case and
    those the person has uploaded with a case. Never anyone else's upload."""
    on_case = [row.document_id for row in case.documents.all() if row.document_id]
    return get_document_model().objects.filter(
        Q(pk__in=on_case)
        | Q(uploaded_by_user=user, collection__name=SUBMITTED_DOCUMENTS_COLLECTION)
    )
