"""The lead's form for assigning a course, and the form to check a certificate's code."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.forms import IdModelChoiceField
from courses.models import CoursePage
from learning.models import (
    CERTIFICATE_CODE_EXAMPLE,
    CERTIFICATE_CODE_LENGTH,
    AssignedRole,
    certificate_code_normalize,
)
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


class CertificateCodeForm(forms.Form):
    """The code printed on a certificate, typed in to check it (sent with GET)."""

    kode = forms.CharField(
        label=_("Code"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kode"].help_text = gettext(
            "The %(length)s characters printed on the certificate, for example %(example)s."
        ) % {"length": CERTIFICATE_CODE_LENGTH, "example": CERTIFICATE_CODE_EXAMPLE}

    def clean_kode(self) -> str | None:
        """The stored form of the code, or None for text that cannot be one (not found)."""
        return certificate_code_normalize(self.cleaned_data["kode"])
