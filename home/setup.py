"""The site every installation has, and its content groups.

The site: the home page as the root of the default Site, and the standard pages (about, privacy
notice, accessibility statement) with their text from home/data/*.md. Each page is written from
the data once, when it is made; after that it belongs to the editors, and running setup again
never overwrites their work.

The content groups: editors author and publish content (pages,
images, documents, the question bank, the survey statements and the case lists) and moderators
also lock pages. Neither has any permission on organisations, memberships, departments, email
domains or users: tenants are the platform administrators' (organizations/setup.py).

Wagtail's migrations create both groups; these functions give them exactly the permissions
below, taking away any that were added by hand. Part of `manage.py spire_setup`."""

import uuid
from pathlib import Path

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
)

from core.groups import EDITORS, MODERATORS, group_ensure, permissions_by_name
from core.page_text import PageText, page_text_read
from home.models import HomePage, StandardPage

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
    group = group_ensure(EDITORS, CONTENT_PERMISSIONS)
    _page_permissions_set(group, EDITOR_PAGE_PERMISSIONS)
    _collection_permissions_set(group)
    return group


def moderator_group_ensure() -> Group:
    group = group_ensure(MODERATORS, CONTENT_PERMISSIONS)
    _page_permissions_set(group, MODERATOR_PAGE_PERMISSIONS)
    _collection_permissions_set(group)
    return group


# --- The site's pages ---------------------------------------------------------------------------

PAGE_TEXTS_DIR = Path(__file__).resolve().parent / "data"
HOME_TEXT = "home.md"
STANDARD_PAGE_TEXTS = ("om-spire.md", "personvern.md", "tilgjengelighet.md")
# A standard page is known by a translation key made from its file name, so an editor may
# rename it or change its slug without setup making it again.
_STANDARD_PAGE_KEYS = uuid.UUID("6f1d8a52-3c1e-4d0b-9a57-2f5e8c1b7d30")


def standard_page_translation_key(file_name: str) -> uuid.UUID:
    return uuid.uuid5(_STANDARD_PAGE_KEYS, file_name)


def _tree_root_ensure() -> Page:
    """Wagtail's migrations make the tree root; a flushed database (browser tests) has none."""
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code=get_supported_content_language_variant("nb"))
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def _home_fields(text: PageText) -> dict:
    return {
        "title": text["title"],
        "hero_heading": text["hero_heading"],
        "hero_text": text["hero_text"],
        "body": text.body,
    }


def _home_page_ensure() -> HomePage:
    """The home page. Migration home/0002 makes it with a placeholder text and no revision;
    it gets its real text here, as long as no one has ever saved it."""
    text = page_text_read(PAGE_TEXTS_DIR / HOME_TEXT)
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(slug="hjem", **_home_fields(text))
        _tree_root_ensure().add_child(instance=home)
        home.save_revision().publish()
    elif home.latest_revision_id is None:
        for name, value in _home_fields(text).items():
            setattr(home, name, value)
        home.save_revision().publish()
    return home


def _default_site_ensure(home: HomePage) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", root_page=home, is_default_site=True, site_name="Spire"
        )
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.site_name = site.site_name or "Spire"
        site.save()
        # Wagtail's own welcome page, left over when the site pointed at it.
        if placeholder.specific_class is Page and placeholder.depth > 1:
            placeholder.delete()


def _standard_page_ensure(home: HomePage, file_name: str) -> None:
    text = page_text_read(PAGE_TEXTS_DIR / file_name)
    key = standard_page_translation_key(file_name)
    if StandardPage.objects.filter(translation_key=key).exists():
        return
    # Made before pages had a fixed key (by the demo): known by its slug.
    if StandardPage.objects.child_of(home).filter(slug=text["slug"]).exists():
        return
    page = StandardPage(
        title=text["title"],
        slug=text["slug"],
        intro=text["intro"],
        body=text.body,
        translation_key=key,
        locale=home.locale,
    )
    home.add_child(instance=page)
    page.save_revision().publish()


@transaction.atomic
def site_pages_ensure() -> HomePage:
    """The home page as the root of the default site, and the standard pages under it."""
    home = _home_page_ensure()
    _default_site_ensure(home)
    for file_name in STANDARD_PAGE_TEXTS:
        _standard_page_ensure(home, file_name)
    return home
