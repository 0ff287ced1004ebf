"""Serving MEDIA_ROOT from Django in development (DEBUG) only, and never the documents folder:
files uploaded with a case are served only through the document view, which asks who may
download them (cases/documents.py). In production the web server serves media and must leave
documents/ out just the same."""

import posixpath

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import URLPattern, re_path
from django.views.static import serve

PRIVATE_MEDIA_FOLDERS = ("documents",)


def media_serve(request: HttpRequest, path: str) -> HttpResponse:
    """Django's static serve, after refusing anything under a private folder however the path
    is written (``images/../documents/x.pdf``, ``Documents/x.pdf``, ``/documents//x.pdf``)."""
    normalised = posixpath.normpath(path.replace("\\", "/")).lstrip("/")
    if normalised.split("/", 1)[0].lower() in PRIVATE_MEDIA_FOLDERS:
        raise Http404
    return serve(request, normalised, document_root=settings.MEDIA_ROOT)


def debug_media_urlpatterns() -> list[URLPattern]:
    if not settings.DEBUG:
        return []
    prefix = settings.MEDIA_URL.lstrip("/")
    return [re_path(rf"^{prefix}(?P<path>.*)$", media_serve)]
