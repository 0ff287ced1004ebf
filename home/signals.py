"""Cache invalidation only: when pages change, forget the cached header and footer links."""

from django.core.cache import cache
from wagtail.signals import page_published, page_slug_changed, page_unpublished

from home.templatetags.spire import SITE_PAGE_URLS_CACHE_KEY


def forget_site_page_urls(**kwargs) -> None:
    cache.delete(SITE_PAGE_URLS_CACHE_KEY)


def connect() -> None:
    for signal in (page_published, page_unpublished, page_slug_changed):
        signal.connect(forget_site_page_urls, dispatch_uid=f"forget_site_page_urls_{id(signal)}")
