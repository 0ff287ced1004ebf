"""Editors maintain the controlled lists as snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cases.models import ProcurementPhase


class ProcurementPhaseViewSet(SnippetViewSet):
    model = ProcurementPhase
    icon = "list-ol"
    menu_label = _("Procurement phases")
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order"]


register_snippet(ProcurementPhaseViewSet)
