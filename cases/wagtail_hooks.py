"""Editors maintain the case database's controlled lists as snippets, grouped in one menu;
files members submit with cases are served only to those who may see them."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cases.documents import may_download_document
from cases.models import (
    CaseStatus,
    EffectCategory,
    InnovationType,
    InnovativeAcquisitionCode,
    MarketDialogueActivity,
    Procedure,
    ProcurementPhase,
    ServiceArea,
)


def vocabulary_viewset(model, icon: str, extra_columns=()) -> type[SnippetViewSet]:
    """A listing ordered as the list is shown to users, with the slug that URLs use."""
    return type(
        f"{model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": model,
            "icon": icon,
            "list_display": ["name", "slug", *extra_columns, "sort_order"],
            "ordering": ["sort_order", "name"],
        },
    )


class CaseListsGroup(SnippetViewSetGroup):
    menu_label = _("Case lists")
    menu_icon = "list-ul"
    menu_order = 250
    items = (
        vocabulary_viewset(ServiceArea, "tag"),
        vocabulary_viewset(CaseStatus, "flag", ["seeks_partners"]),
        vocabulary_viewset(ProcurementPhase, "list-ol"),
        vocabulary_viewset(Procedure, "doc-full", ["eforms_code"]),
        vocabulary_viewset(InnovationType, "pick"),
        vocabulary_viewset(InnovativeAcquisitionCode, "code"),
        vocabulary_viewset(MarketDialogueActivity, "group"),
        vocabulary_viewset(EffectCategory, "success", ["default_unit"]),
    )


register_snippet(CaseListsGroup)


@hooks.register("before_serve_document")
def hide_unpublished_case_documents(document, request):
    """A file submitted with a case that is not yet public answers 404 to anyone who may not
    work on the case: not 403, which would tell that it exists."""
    if not may_download_document(document, request.user):
        raise Http404
