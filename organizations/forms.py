"""Forms for managing an organisation's members. Each form is bound to one organisation, so a
department from another organisation is not a valid choice."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.forms import IdModelChoiceField
from organizations.models import Organization
from organizations.selectors import departments_of
from organizations.services import MemberRoles


class OrganizationBoundForm(forms.Form):
    def __init__(self, *args, organization: Organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.organization = organization
        if "department" in self.fields:
            self.fields["department"].queryset = departments_of(organization)


class RolesFields(OrganizationBoundForm):
    department = IdModelChoiceField(
        label=_("Department"), queryset=None, required=False, empty_label=_("No department")
    )
    is_lead = forms.BooleanField(
        label=_("Lead"),
        required=False,
        help_text=_("Sees the organisation's dashboards, assigns courses and runs surveys."),
    )
    is_admin = forms.BooleanField(
        label=_("Administrator"),
        required=False,
        help_text=_("Manages members, invitations and departments."),
    )

    def roles(self) -> MemberRoles:
        return MemberRoles(
            department=self.cleaned_data["department"],
            is_lead=self.cleaned_data["is_lead"],
            is_admin=self.cleaned_data["is_admin"],
        )


class MemberRolesForm(RolesFields):
    pass


class InvitationForm(RolesFields):
    email = forms.EmailField(label=_("Email address"))
    field_order = ["email", "department", "is_lead", "is_admin"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = gettext(
            "The person gets a link that is valid for %(days)s days."
        ) % {"days": settings.INVITATION_VALID_DAYS}


class MemberFilterForm(OrganizationBoundForm):
    hide_optional_marker = True  # every filter is optional; saying so adds only noise
    q = forms.CharField(label=_("Search by name or email"), required=False)
    department = IdModelChoiceField(
        label=_("Department"), queryset=None, required=False, empty_label=_("All departments")
    )
    role = forms.ChoiceField(
        label=_("Role"),
        required=False,
        choices=[("", _("All roles")), ("lead", _("Leads")), ("admin", _("Administrators"))],
    )


class DepartmentForm(forms.Form):
    name = forms.CharField(label=_("Name of the department"), max_length=200)


class JoinRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the administrators"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example your role or department."),
    )


class OrganizationSearchForm(forms.Form):
    hide_optional_marker = True
    q = forms.CharField(label=_("Search for your organisation"), required=False, max_length=100)
