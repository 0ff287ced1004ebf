"""The content groups every installation has: editors author and publish content (pages,
images, documents, the question bank, the survey statements and the case lists) and moderators
also lock pages. Neither has any permission on organisations, memberships, departments, email
domains or users: tenants are the platform administrators' (organizations/setup.py).

Wagtail's migrations create both groups; these functions give them exactly the permissions
below, taking away any that were added by hand. Part of `manage.py spire_setup`."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from core.groups import group_ensure, permissions_by_name

EDITOR_GROUP = "Editors"
MODERATOR_GROUP = "Moderators"

_CASE_LISTS = (
    "servicearea",
    "casestatus",
    "procurementphase",
    "procedure",
    "innovationtype",
    "innovativeacquisitioncode",
    "marketdialogueactivity",
    "effectcategory",
)

CONTENT_PERMISSIONS = frozenset(
    {
        "wagtailadmin.access_admin",
        *(f"assessments.{action}_question" for action in ("add", "change", "delete", "view")),
        *(f"assessments.{action}_surveystatement" for action in ("add", "change", "view")),
        *(f"assessments.{action}_surveydimension" for action in ("change", "view")),
        *(
            f"cases.{action}_{model}"
            for action in ("add", "change", "view")
            for model in _CASE_LISTS
        ),
    }
)
# On the root of the page tree, so they hold for every page.
EDITOR_PAGE_PERMISSIONS = frozenset({"add_page", "change_page", "publish_page"})
MODERATOR_PAGE_PERMISSIONS = EDITOR_PAGE_PERMISSIONS | {"lock_page", "unlock_page"}
# On the root collection, so they hold for every image and document.
COLLECTION_PERMISSIONS = frozenset(
    {
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    }
)


def _page_permissions_set(group: Group, codenames: frozenset[str]) -> None:
    root = Page.get_first_root_node()
    if root is None:  # a flushed test database has no tree yet
        return
    wanted = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    )
    GroupPagePermission.objects.filter(group=group, page=root).exclude(
        permission__in=wanted
    ).delete()
    for permission in wanted:
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


def _collection_permissions_set(group: Group) -> None:
    root = Collection.get_first_root_node()
    if root is None:
        return
    wanted = permissions_by_name(COLLECTION_PERMISSIONS)
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root, permission__in=wanted
    ).delete()
    for permission in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


def editor_group_ensure() -> Group:
    group = group_ensure(EDITOR_GROUP, CONTENT_PERMISSIONS)
    _page_permissions_set(group, EDITOR_PAGE_PERMISSIONS)
    _collection_permissions_set(group)
    return group


def moderator_group_ensure() -> Group:
    group = group_ensure(MODERATOR_GROUP, CONTENT_PERMISSIONS)
    _page_permissions_set(group, MODERATOR_PAGE_PERMISSIONS)
    _collection_permissions_set(group)
    return group
