"""Cache invalidation only: when pages change, forget the cached header and footer links and
every page stored for visitors who are not signed in (home/page_cache.py)."""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core.cache_versions import family_forget
from home.page_cache import page_cache_forget
from home.templatetags.spire import SITE_PAGE_URLS_FAMILY


def forget_site_page_urls(**kwargs) -> None:
    family_forget(SITE_PAGE_URLS_FAMILY)


def forget_stored_pages(**kwargs) -> None:
    page_cache_forget()


def connect() -> None:
    for signal in (page_published, page_unpublished, page_slug_changed):
        signal.connect(forget_site_page_urls, dispatch_uid=f"forget_site_page_urls_{id(signal)}")
    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(forget_stored_pages, dispatch_uid=f"forget_stored_pages_{id(signal)}")
    # A deleted page's subclass rows go first, so the Page row's own delete is the one to watch.
    post_delete.connect(forget_stored_pages, sender=Page, dispatch_uid="forget_stored_pages_del")
