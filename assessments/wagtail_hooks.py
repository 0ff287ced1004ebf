"""The question bank in the Wagtail admin, with search and filters."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from assessments.models import Question, SurveyDimension, SurveyStatement


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


class SurveyStatementViewSet(SnippetViewSet):
    model = SurveyStatement
    icon = "list-ul"
    menu_label = _("Survey statements")
    list_display = ["text_nb", "dimension", "is_core", "is_active"]
    list_filter = ["dimension", "is_core", "is_active"]
    ordering = ["sort_order"]


class SurveyDimensionViewSet(SnippetViewSet):
    model = SurveyDimension
    icon = "tag"
    menu_label = _("Survey dimensions")
    list_display = ["name_nb", "key"]


register_snippet(QuestionViewSet)
register_snippet(SurveyStatementViewSet)
register_snippet(SurveyDimensionViewSet)
