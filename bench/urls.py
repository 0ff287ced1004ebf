"""The site's URLs plus a plain "hello" view, the yardstick every page is measured against.
It lives only here so the real site never serves it."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path


def hello(request: HttpRequest) -> HttpResponse:
    return HttpResponse("hello", content_type="text/plain")


urlpatterns = [
    path("bench-hello/", hello),
    path("", include("config.urls")),
]
