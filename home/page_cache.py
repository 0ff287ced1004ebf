"""Whole pages for visitors who are not signed in.

A Wagtail page asked for without a query string by someone with no session and no pending
messages is the same for every such visitor in one language, so it is stored whole (headers
included) in the default cache and served from there without touching the database.

- Nobody's own view is ever stored or served: requests that carry a session or messages cookie
  pass by, and so does anything with a query string (searches and filters have their own
  caches).
- No response that sets a cookie is stored, so no visitor is handed another's CSRF token.
- Keys are made by core/cache_versions.py: a new release forgets every stored page, and
  home/signals.py forgets them all as soon as a page is published, unpublished, moved or
  deleted, or a snippet is saved: an editor's change shows at once. Anything else a page shows
  (counts, say) is at most SPIRE_PAGE_CACHE_SECONDS old.

Kept rather than Django's per-site cache middleware or a package: a stored page is answered
right after LocaleMiddleware with two cache reads (the counter and the page) and no query, and
bench/results/load.md measures the front page, catalogue and anonymous lesson at 1.1-1.25 times
the requests a second of a plain "hello" view. Django's middleware keys a response by URL and
its Vary headers and has no way to forget every page when an editor publishes; forgetting here
is one counter (core/cache_versions.py), in the cache shared with everything else.
"""

from collections.abc import Callable
from hashlib import sha256

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from core.cache_versions import family_forget, versioned_key

FAMILY = "page"
CACHEABLE_PAGE_FLAG = "spire_cacheable_page"
"""Set on the request by the before_serve_page hook (home/wagtail_hooks.py) for a public page."""


def page_cache_forget() -> None:
    """Forget every stored page."""
    family_forget(FAMILY)


def page_cache_key(request: HttpRequest) -> str:
    # The host too: a page may hold absolute links, and its host is checked (ALLOWED_HOSTS).
    where = sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()
    return versioned_key(FAMILY, get_language(), where)


def is_cache_visitor(request: HttpRequest) -> bool:
    """Whether this request may be answered from the cache: see the module's docstring."""
    return (
        settings.SPIRE_PAGE_CACHE_SECONDS > 0
        and request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
    )


def is_storable(request: HttpRequest, response: HttpResponse) -> bool:
    return (
        getattr(request, CACHEABLE_PAGE_FLAG, False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    """Goes after LocaleMiddleware, so the key knows the language; everything after it (CSRF,
    authentication, messages, the security headers) has already run for a stored response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_cache_visitor(request):
            return self.get_response(request)
        key = page_cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            return stored
        response = self.get_response(request)
        if is_storable(request, response):
            cache.set(key, response, settings.SPIRE_PAGE_CACHE_SECONDS)
        return response
