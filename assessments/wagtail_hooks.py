"""The question bank in the Wagtail admin, with search and filters."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from assessments.models import Question


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Question bank")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["text", "kind", "difficulty"]
    list_filter = ["kind", "difficulty", "phases", "topics"]
    search_fields = ["text"]
    search_backend_name = None
    copy_view_enabled = True


register_snippet(QuestionViewSet)
