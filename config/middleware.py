"""Project-wide middleware."""

from collections.abc import Callable

from csp.middleware import CSPMiddleware
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import patch_cache_control

from organizations.access import has_admin_access, mfa_step_response

ADMIN_PREFIX = "/admin/"
PRIVILEGED_PREFIXES = (ADMIN_PREFIX, "/django-admin/")
# Leaving must always work, and the login pages only hand over to allauth.
UNGUARDED_PATHS = frozenset(
    {"/admin/login/", "/admin/logout/", "/django-admin/login/", "/django-admin/logout/"}
)


class NorwegianByDefaultMiddleware:
    """Serve Bokmål unless the person picked another language with the switcher.

    A Norwegian public service speaks Norwegian by default, whatever language the browser
    happens to be set to; the language cookie (set by the switcher) still wins in
    LocaleMiddleware, which runs next."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy from settings everywhere, with one exception: the Wagtail admin runs a
    few inline scripts of its own (page explorer and editor), so its pages may execute inline
    scripts. Editors are trusted staff, and the public site keeps script-src 'self'."""

    def process_response(self, request: HttpRequest, response: HttpResponseBase):
        if request.path.startswith(ADMIN_PREFIX):
            response._csp_update = {"script-src": ["'unsafe-inline'"]}
        return super().process_response(request, response)


class PrivateCacheControlMiddleware:
    """A page made for a signed-in person is theirs alone: no shared cache may keep it and no
    browser may store it on disk (a shared computer, the back button after signing out). A
    response that sets its own Cache-Control keeps it. Runs after AuthenticationMiddleware;
    visitors who are not signed in are untouched, so the anonymous page cache
    (home/page_cache.py) still stores their pages."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response


class PrivilegedSessionMiddleware:
    """The Wagtail admin and the Django admin open only to a session that passed MFA, for
    everyone who can use them (staff, editors, moderators, platform administrators): one of
    them with a stolen password could otherwise change content, tenants or people. The rule is
    organizations.access.mfa_step_response, the same the lead and admin pages use. Anyone else
    goes on to the admin's own checks (a redirect to the login, or a refusal)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            request.path.startswith(PRIVILEGED_PREFIXES)
            and request.path not in UNGUARDED_PATHS
            and has_admin_access(request.user)
        ):
            refusal = mfa_step_response(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)
