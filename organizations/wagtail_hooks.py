"""Platform administrators (core.groups.PLATFORM_ADMINS) manage organisations (with
their email domains and departments) and memberships in the Wagtail admin, for example to
appoint a municipality's first administrator. Content editors have no permission here.

Memberships are written through organizations.services, as on the organisation's own pages, so
the admin keeps the same rules (an organisation keeps at least one administrator, a department
belongs to the member's organisation). Email domains are checked by the model field's validator
(no public mail services).

Deleting a person in Wagtail's user admin would take their memberships with them, so it is
refused, by the same rule, while they are an organisation's only administrator."""

from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views.generic.models import CreateView, DeleteView, EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from core.forms import add_service_error
from organizations.models import Membership, Organization
from organizations.services import (
    MemberRoles,
    last_admins_message,
    membership_add,
    membership_remove,
    membership_update,
    organizations_left_without_admin,
)


class OrganizationViewSet(ModelViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organisations")
    list_display = [
        "name",
        "kind",
        "official_number",
        "county",
        BooleanColumn("is_active", label=_("Active")),
    ]
    list_filter = ["kind", "county", "is_active"]
    search_fields = ["name", "official_number", "org_number"]
    # Plain database lookups: names and numbers are short, and this works on every database.
    search_backend_name = None
    ordering = ["name"]
    list_per_page = 50
    copy_view_enabled = False
    url_namespace = "organization_admin"


def _roles(form) -> MemberRoles:
    return MemberRoles(
        department=form.cleaned_data.get("department"),
        is_lead=form.cleaned_data.get("is_lead", False),
        is_admin=form.cleaned_data.get("is_admin", False),
    )


class ServiceFormMixin:
    """A service's refusal (a ValidationError) shows on the form, and nothing is saved: the
    view's save runs inside a transaction that the error rolls back."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            add_service_error(form, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class MembershipCreateView(ServiceFormMixin, CreateView):
    def save_instance(self):
        membership = membership_add(
            user=self.form.cleaned_data["user"],
            organization=self.form.cleaned_data["organization"],
            roles=_roles(self.form),
        )
        log(membership, "wagtail.create", user=self.request.user)
        return membership


class MembershipEditView(ServiceFormMixin, EditView):
    def save_instance(self):
        # The form has already copied its values onto self.form.instance; the service must
        # compare the new roles with the stored ones.
        stored = Membership.objects.select_for_update().get(pk=self.object.pk)
        membership = membership_update(membership=stored, roles=_roles(self.form))
        log(membership, "wagtail.edit", user=self.request.user)
        return membership


class MembershipDeleteView(DeleteView):
    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
            return redirect(self.edit_url_name, quote(self.object.pk))

    def delete_action(self):
        with transaction.atomic():
            log(self.object, "wagtail.delete", user=self.request.user)
            membership_remove(membership=self.object)


class MembershipRolesForm(WagtailAdminModelForm):
    """Editing a membership changes its department and roles only: who and where stay."""

    class Meta:
        model = Membership
        fields = ["department", "is_lead", "is_admin"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["department"].queryset = self.instance.organization.departments.all()


class MembershipViewSet(ModelViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Memberships")
    list_display = [
        "user",
        "organization",
        "status",
        BooleanColumn("is_lead", label=_("Lead")),
        BooleanColumn("is_admin", label=_("Administrator")),
    ]
    list_filter = ["status", "is_lead", "is_admin"]
    search_fields = ["user__email", "user__full_name", "organization__name"]
    search_backend_name = None
    form_fields = ["user", "organization", "department", "is_lead", "is_admin"]
    ordering = ["organization__name", "user__email"]
    list_per_page = 50
    copy_view_enabled = False
    url_namespace = "membership_admin"
    add_view_class = MembershipCreateView
    edit_view_class = MembershipEditView
    delete_view_class = MembershipDeleteView

    def get_form_class(self, for_update=False):
        if for_update:
            return MembershipRolesForm
        return super().get_form_class(for_update=for_update)


class OrganizationAdminGroup(ViewSetGroup):
    menu_label = _("Organisations")
    menu_icon = "group"
    menu_order = 300
    items = (OrganizationViewSet("organizations"), MembershipViewSet("memberships"))


def _refuse_losing_the_last_admins(request, users, back_to: str, *, deactivating: bool):
    """Deleting a person takes their memberships with them, and a deactivated account cannot
    sign in, so both are refused while an organisation would be left without an
    administrator (organizations.services)."""
    organizations = organizations_left_without_admin(users)
    if not organizations:
        return None
    messages.error(request, last_admins_message(users, organizations, deactivating=deactivating))
    return redirect(back_to)


@hooks.register("before_delete_user")
def keep_one_admin_when_a_user_is_deleted(request, user):
    return _refuse_losing_the_last_admins(
        request, [user], reverse("wagtailusers_users:edit", args=[user.pk]), deactivating=False
    )


@hooks.register("before_bulk_action")
def keep_one_admin_when_users_are_deleted_or_deactivated_together(
    request, action_type, objects, action_view
):
    if action_view.model is not get_user_model():
        return None
    deactivating = action_type == "set_active_state" and not (
        action_view.cleaned_form.cleaned_data.get("mark_as_active")
    )
    if action_type != "delete" and not deactivating:
        return None
    return _refuse_losing_the_last_admins(
        request, list(objects), reverse("wagtailusers_users:index"), deactivating=deactivating
    )


@hooks.register("register_admin_viewset")
def register_organization_admin():
    return OrganizationAdminGroup()
