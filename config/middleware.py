"""Project-wide middleware."""

from collections.abc import Callable

from csp.middleware import CSPMiddleware
from django.http import HttpRequest, HttpResponse, HttpResponseBase

ADMIN_PREFIX = "/admin/"


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
