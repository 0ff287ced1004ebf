"""Project-wide middleware."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


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
