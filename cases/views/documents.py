"""Wagtail's document view, with the cache headers a private file needs."""

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve

from cases.documents import is_private_document


def document_serve(request: HttpRequest, document_id: str, document_filename: str) -> HttpResponse:
    """Serve as Wagtail does (its before_serve_document hooks decide who may download, see
    cases.wagtail_hooks); a private file's response may be kept by nobody's cache, neither a
    shared one nor the browser's disk."""
    response = serve(request, document_id, document_filename)
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is not None and is_private_document(document):
        patch_cache_control(response, private=True, no_store=True)
    return response
