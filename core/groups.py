"""Groups whose permissions are product setup: each app names a group and the exact set of
permissions it holds, and these helpers make the database match, every time they run."""

from collections.abc import Iterable

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

# The product's groups, by the names setup gives them (home/setup.py, organizations/setup.py)
# and that every permission check, review workflow and test looks them up by.
EDITORS = "Editors"
MODERATORS = "Moderators"
PLATFORM_ADMINS = "Plattformforvaltere"
CONTENT_REVIEWERS = (EDITORS, MODERATORS)
"""The groups that review submitted cases and may edit and publish them."""


def permissions_by_name(names: Iterable[str]) -> list[Permission]:
    """Permissions named "app_label.codename". A name that matches nothing is a mistake in
    the product setup, so it fails loudly instead of granting less than was meant."""
    names = set(names)
    found = {
        f"{permission.content_type.app_label}.{permission.codename}": permission
        for permission in Permission.objects.select_related("content_type").filter(
            codename__in={name.partition(".")[2] for name in names}
        )
    }
    missing = names - found.keys()
    if missing:
        raise ImproperlyConfigured(f"Unknown permissions: {', '.join(sorted(missing))}")
    return [found[name] for name in sorted(names)]


@transaction.atomic
def group_ensure(name: str, permissions: Iterable[str]) -> Group:
    """The group called `name`, holding exactly `permissions` (model and app permissions; page
    and collection permissions are Wagtail's and set by the caller). Permissions added by hand
    since the last run are taken away again."""
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.set(permissions_by_name(permissions))
    return group
