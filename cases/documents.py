"""Who may download a file a member uploaded with a case.

Members upload files with a draft (cases.services.case_document_store) before anyone has
checked that they may be published: a tender may still hold prices or personal data. Until a
public, live case page lists the file, only the people who may work on the case see it: the
editors who review it, the person who uploaded it, and the members who may edit the draft (the
rule of cases.selectors.editable_case). Everyone else is told the file does not exist."""

from django.db.models import IntegerField, Q, QuerySet
from django.db.models.functions import Cast
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.models import Revision
from wagtail.permissions import policy_registry

from cases.models import CasePage
from cases.selectors import SUBMITTED_DOCUMENTS_COLLECTION, editable_case


def is_submitted_case_document(document: AbstractDocument) -> bool:
    """Uploaded by a member with a case (editors' own documents live in other collections)."""
    return document.collection.name == SUBMITTED_DOCUMENTS_COLLECTION


def _on_public_case(document: AbstractDocument) -> bool:
    # A published page's own child rows are its live version; a draft's are only in revisions.
    return CasePage.objects.live().public().filter(documents__document=document).exists()


def _cases_that_may_list(document: AbstractDocument) -> QuerySet[CasePage]:
    """The cases whose published version or latest draft may list the file. A member can put a
    new upload only on a case they save themselves (selectors.document_choices), so the drafts
    to look in are those its uploader has saved; this keeps the search to a few cases."""
    listing = Q(documents__document=document)
    if document.uploaded_by_user_id is not None:
        saved_by_uploader = (
            Revision.page_revisions.filter(user_id=document.uploaded_by_user_id)
            .annotate(page_id=Cast("object_id", IntegerField()))
            .values("page_id")
        )
        listing |= Q(pk__in=saved_by_uploader)
    return CasePage.objects.filter(listing).distinct()


def _draft_visible_to(case: CasePage, user) -> CasePage | None:
    """The case's latest revision, if the person may work on it: a member who may edit the
    draft, or an editor who may review and publish it."""
    draft = editable_case(case.pk, user)
    if draft is None and case.permissions_for_user(user).can_edit():
        draft = case.get_latest_revision_as_object()
    return draft


def _document_ids(case: CasePage) -> set[int]:
    return {row.document_id for row in case.documents.all()}


def _may_work_on_a_case_listing(document: AbstractDocument, user) -> bool:
    for case in _cases_that_may_list(document):
        draft = _draft_visible_to(case, user)
        if draft is not None and document.pk in _document_ids(draft) | _document_ids(case):
            return True
    return False


def may_download_document(document: AbstractDocument, user) -> bool:
    """Whether the person may download the document. Documents outside the submitted-files
    collection follow Wagtail's own collection privacy only."""
    if not is_submitted_case_document(document) or _on_public_case(document):
        return True
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser or document.uploaded_by_user_id == user.pk:
        return True
    # Those who may manage or choose the file in the admin see it there anyway.
    document_permissions = policy_registry.get_by_type(get_document_model())
    if document_permissions.user_has_any_permission_for_instance(
        user, ["change", "choose"], document
    ):
        return True
    return _may_work_on_a_case_listing(document, user)


def is_private_document(document: AbstractDocument) -> bool:
    """Whether the file is served to some people only: a submitted file no public case lists
    yet, or a file in a collection with a view restriction."""
    if is_submitted_case_document(document) and not _on_public_case(document):
        return True
    return document.collection.get_view_restrictions().exists()
