"""The allauth adapter: the one place where a new account meets the organisations."""

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest

from accounts.mfa import SETUP_PROVED_ATTRIBUTE
from organizations.services import membership_join_by_email_domain


class AccountAdapter(DefaultAccountAdapter):
    def confirm_email(self, request: HttpRequest, email_address) -> bool:
        """Once a person has proved they own a work address, place them in the organisation
        that owns its domain. Joining on verification (not on sign-up) keeps a stranger from
        claiming a municipality's address."""
        confirmed = super().confirm_email(request, email_address)
        if confirmed:
            membership_join_by_email_domain(user=email_address.user, email=email_address.email)
        return confirmed

    def save_user(self, request: HttpRequest, user, form, commit: bool = True):
        user = super().save_user(request, user, form, commit=False)
        user.full_name = form.cleaned_data.get("full_name", "").strip()
        user.email = user.email.lower()
        if commit:
            user.save()
        return user

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Setting up MFA asks for more than allauth's one recent reauthentication: the
        password and an emailed code, each within the last minutes (accounts/mfa.py). Where
        that view found both, its check stands in for allauth's."""
        if app == "allauth.mfa" and getattr(self.request, SETUP_PROVED_ATTRIBUTE, False):
            return False
        return super().is_reauthentication_required(app=app, **kwargs)
