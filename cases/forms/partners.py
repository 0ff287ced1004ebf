"""Forms for finding partners: registering interest in a planned joint procurement, and
choosing which service areas to hear about."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cases.models import PartnerInterest, ServiceArea
from core.forms import IdModelMultipleChoiceField

MESSAGE_MAX_LENGTH = PartnerInterest._meta.get_field("message").max_length


class PartnerInterestForm(forms.Form):
    message = forms.CharField(
        label=_("Why does your organisation want to join?"),
        help_text=_(
            "The lead organisation reads this. Say what your organisation needs, roughly how "
            "much it would buy, and which office to contact (a role, not a person's name)."
        ),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class FollowForm(forms.Form):
    """All service areas as checkboxes; the ones ticked are the ones followed."""

    areas = IdModelMultipleChoiceField(
        label=_("Service areas"),
        queryset=ServiceArea.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "ds-input"}),
    )
