"""The platform administrators' group: the people who manage organisations, their email
domains and departments, and memberships in the Wagtail admin (organizations/wagtail_hooks.py).
Content editors are a different group (home/setup.py) with no permission on any of this.

Part of `manage.py spire_setup`; running it again changes nothing."""

from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from core.groups import PLATFORM_ADMINS, group_ensure

PLATFORM_ADMIN_PERMISSIONS = frozenset(
    {
        "wagtailadmin.access_admin",
        "organizations.add_organization",
        "organizations.change_organization",
        "organizations.view_organization",
        "organizations.add_emaildomain",
        "organizations.change_emaildomain",
        "organizations.delete_emaildomain",
        "organizations.view_emaildomain",
        "organizations.add_department",
        "organizations.change_department",
        "organizations.delete_department",
        "organizations.view_department",
        "organizations.add_membership",
        "organizations.change_membership",
        "organizations.delete_membership",
        "organizations.view_membership",
    }
)


def platform_admin_group_ensure() -> Group:
    """The platform administrators' group with exactly its permissions, and no pages or
    collections: they manage tenants, not content."""
    group = group_ensure(PLATFORM_ADMINS, PLATFORM_ADMIN_PERMISSIONS)
    GroupPagePermission.objects.filter(group=group).delete()
    GroupCollectionPermission.objects.filter(group=group).delete()
    return group
