"""Forms for the person's own account, and Wagtail's user forms for an email-login user."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from organizations.services import last_admins_message, organizations_left_without_admin


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

    def clean_is_active(self):
        """A deactivated account cannot sign in: refused while an organisation would be left
        without an administrator who can."""
        is_active = self.cleaned_data["is_active"]
        if self.instance.is_active and not is_active:
            organizations = organizations_left_without_admin([self.instance])
            if organizations:
                raise ValidationError(
                    last_admins_message([self.instance], organizations, deactivating=True),
                    code="last_admin",
                )
        return is_active


class WagtailUserCreationForm(UserCreationForm):
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = (UserCreationForm.Meta.fields - {"first_name", "last_name"}) | {"full_name"}
