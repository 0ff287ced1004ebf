"""Platform editors manage organisations, their email domains and departments in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet

from organizations.models import Organization


class OrganizationViewSet(ModelViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 300
    add_to_admin_menu = True
    list_display = [
        "name",
        "kind",
        "official_number",
        "county",
        BooleanColumn("is_active", label=_("Active")),
    ]
    list_filter = ["kind", "county", "is_active"]
    search_fields = ["name", "official_number", "org_number"]
    ordering = ["name"]
    list_per_page = 50
    copy_view_enabled = False
    url_namespace = "organization_admin"
    # Plain database lookups: names and numbers are short, and this works on every database.
    search_backend_name = None


@hooks.register("register_admin_viewset")
def register_organization_viewset():
    return OrganizationViewSet("organizations")
