"""Platform editors manage organisations (with their email domains and departments) and
memberships in the Wagtail admin, for example to appoint a municipality's first administrator."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from organizations.models import Membership, Organization


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
    form_fields = ["user", "organization", "status", "department", "is_lead", "is_admin"]
    ordering = ["organization__name", "user__email"]
    list_per_page = 50
    copy_view_enabled = False
    url_namespace = "membership_admin"


class OrganizationAdminGroup(ViewSetGroup):
    menu_label = _("Organisations")
    menu_icon = "group"
    menu_order = 300
    items = (OrganizationViewSet("organizations"), MembershipViewSet("memberships"))


@hooks.register("register_admin_viewset")
def register_organization_admin():
    return OrganizationAdminGroup()
