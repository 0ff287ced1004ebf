"""The lead's form for assigning a course."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import IdModelChoiceField
from courses.models import CoursePage
from learning.models import AssignedRole
from organizations.forms import OrganizationBoundForm


class AssignmentForm(OrganizationBoundForm):
    course = IdModelChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none(), empty_label=_("Choose a course")
    )
    department = IdModelChoiceField(
        label=_("Department"),
        queryset=None,
        required=False,
        empty_label=_("The whole organisation"),
    )
    role = forms.ChoiceField(label=_("Who"), choices=AssignedRole.choices, required=False)
    due_date = forms.DateField(
        label=_("Due date"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("People get a reminder a week before, and once if it is overdue."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().public().order_by("title")
        self.fields["due_date"].widget.attrs["min"] = (
            timezone.localdate() + timezone.timedelta(days=1)
        ).isoformat()
