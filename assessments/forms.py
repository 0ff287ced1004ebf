"""Forms for the capacity survey: the lead's round, and a member's answers."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from assessments.scale import SCALE_MIN
from assessments.scoring import MIN_GROUP_SIZE
from core.forms import IdModelMultipleChoiceField
from core.numbers import MAX_ID, parse_int
from organizations.forms import OrganizationBoundForm
from organizations.selectors import departments_of


class SurveyRoundForm(OrganizationBoundForm):
    title = forms.CharField(label=_("Title"), max_length=200)
    opens_on = forms.DateField(label=_("Opens"), widget=forms.DateInput(attrs={"type": "date"}))
    closes_on = forms.DateField(label=_("Closes"), widget=forms.DateInput(attrs={"type": "date"}))
    departments = IdModelMultipleChoiceField(
        label=_("Only these departments"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty to ask the whole organisation."),
    )
    by_department = forms.BooleanField(
        label=_("Report by department"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["departments"].queryset = departments_of(self.organization)
        self.fields["by_department"].help_text = gettext(
            "Results per department are shown only where at least %(n)s answered."
        ) % {"n": MIN_GROUP_SIZE}
        self.fields["opens_on"].initial = timezone.localdate()
        self.fields["closes_on"].initial = timezone.localdate() + timezone.timedelta(days=14)


def answers_from_post(data, statements) -> dict[int, int | None]:
    """{statement id: value or None}. Values that are not numbers are kept as a value below
    the scale so the service refuses them with its message, rather than being silently
    dropped."""
    answers: dict[int, int | None] = {}
    for statement in statements:
        raw = data.get(f"s-{statement.pk}", "")
        if raw == "":
            answers[statement.pk] = None
        else:
            value = parse_int(raw, minimum=-MAX_ID, maximum=MAX_ID)
            answers[statement.pk] = SCALE_MIN - 1 if value is None else value
    return answers
