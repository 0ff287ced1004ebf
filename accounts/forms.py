"""Forms for the person's own account, and Wagtail's user forms for an email-login user."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm


class SignupForm(AllauthSignupForm):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    field_order = ["full_name", "email", "password1", "password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = _(
            "Use your work address. If your organisation's domain is known, you are placed in "
            "it when you confirm the address."
        )


class ProfileForm(forms.Form):
    full_name = forms.CharField(
        label=_("Full name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To be sure it is you."),
    )


class WagtailUserEditForm(UserEditForm):
    """Wagtail's user form asks for a first and a last name, which Spire does not keep: it
    keeps one full name. Without this, no one could save a person in the admin (to give them
    a group, say)."""

    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = (UserEditForm.Meta.fields - {"first_name", "last_name"}) | {"full_name"}


class WagtailUserCreationForm(UserCreationForm):
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = (UserCreationForm.Meta.fields - {"first_name", "last_name"}) | {"full_name"}
