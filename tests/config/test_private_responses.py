"""What is made for one signed-in person is kept by no cache, and private files are served
only through the access check, in development too (issue 13, part 8)."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.http import Http404
from django.urls import reverse
from wagtail.documents import get_document_model

from cases import services as case_services
from cases.views.documents import document_serve
from config.media import debug_media_urlpatterns, media_serve

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def _no_store(response) -> bool:
    directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


@pytest.fixture
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.mark.parametrize(
    "name", ["accounts:profile", "accounts:data_export", "accounts:delete", "account_email"]
)
def test_signed_in_pages_are_private_and_not_stored(login, tenant, name):
    response = login(tenant.learner).get(reverse(name))
    assert response.status_code == 200
    assert _no_store(response)


def test_a_response_with_its_own_cache_control_keeps_it(rf, tenant):
    from django.http import HttpResponse

    from config.middleware import PrivateCacheControlMiddleware

    def view(request):
        response = HttpResponse("x")
        response["Cache-Control"] = "max-age=60"
        return response

    request = rf.get("/")
    request.user = tenant.learner.user
    assert PrivateCacheControlMiddleware(view)(request)["Cache-Control"] == "max-age=60"


def test_anonymous_pages_get_no_private_header(client, course, django_assert_num_queries):
    """So the anonymous page cache (home/page_cache.py) still stores them."""
    lesson = course.steps[0]
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "private" not in response.get("Cache-Control", "")
    with django_assert_num_queries(0):
        assert client.get(lesson.url).status_code == 200


def test_the_data_export_sets_no_store_itself(rf, tenant):
    from accounts.views import data_export

    request = rf.get("/")
    request.user = tenant.learner.user
    assert _no_store(data_export(request))


def test_a_private_document_is_served_with_no_store(rf, tenant, media):
    document = case_services.case_document_store(
        file=ContentFile(PDF, name="krav.pdf"), title="Krav", user=tenant.learner.user
    )
    request = rf.get(document.url)
    request.user = tenant.learner.user
    response = document_serve(request, str(document.pk), document.filename)
    assert response.status_code == 200
    assert _no_store(response)


def test_a_public_document_is_served_without_private_headers(client, media):
    document = get_document_model().objects.create(
        title="Veileder", file=ContentFile(PDF, name="veileder.pdf")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


@pytest.mark.parametrize(
    "path",
    [
        "documents/krav.pdf",
        "Documents/krav.pdf",
        "/documents/krav.pdf",
        "images/../documents/krav.pdf",
        "./documents//krav.pdf",
    ],
)
def test_development_media_never_serves_documents(rf, media, path):
    (media / "documents").mkdir()
    (media / "documents" / "krav.pdf").write_bytes(PDF)
    with pytest.raises(Http404):
        media_serve(rf.get("/media/" + path), path)


def test_development_media_serves_other_files(rf, media, settings):
    (media / "images").mkdir()
    (media / "images" / "bilde.png").write_bytes(b"\x89PNG")
    assert media_serve(rf.get("/media/images/bilde.png"), "images/bilde.png").status_code == 200
    settings.DEBUG = True
    [pattern] = debug_media_urlpatterns()
    match = pattern.resolve("media/documents/krav.pdf")
    assert match.func is media_serve
    settings.DEBUG = False
    assert debug_media_urlpatterns() == []
