"""An editor publishes a lesson in the Wagtail admin right after autosave saved a revision:
the publish succeeds and what was typed is what goes live."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from tests.factories.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db


def _form(lesson, text: str, **extra) -> dict:
    return {
        **nested_form_data(
            {
                "title": lesson.title,
                "slug": lesson.slug,
                "summary": "Oppsummering skrevet i admin",
                "estimated_minutes": 7,
                "body": streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]),
                "comments": inline_formset([]),
            }
        ),
        **extra,
    }


def test_publish_right_after_an_autosave_keeps_what_was_typed(client, course):
    editor = get_user_model().objects.create_superuser(email="redaktor@spire.no", password="x")
    log_in_with_mfa(client, editor)
    lesson = course.steps[0]
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    assert client.get(url).status_code == 200
    loaded = lesson.get_latest_revision()

    # Autosave: the admin's script posts the form and asks for JSON.
    autosave = client.post(
        url,
        _form(
            lesson,
            "Teksten redaktøren skrev",
            loaded_revision_id=loaded.pk,
            loaded_revision_created_at=loaded.created_at.isoformat(),
        ),
        headers={"Accept": "application/json"},
    )
    assert autosave.status_code == 200 and autosave.json()["success"], autosave.content[:500]
    revision_id = autosave.json()["revision_id"]

    # A moment later the editor presses «Publiser».
    published = client.post(
        url,
        _form(
            lesson,
            "Teksten redaktøren skrev, og litt til",
            overwrite_revision_id=revision_id,
            **{"action-publish": "action-publish"},
        ),
    )
    assert published.status_code == 302, published.content[:2000]

    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.live and not lesson.has_unpublished_changes
    assert "Teksten redaktøren skrev, og litt til" in str(lesson.body)
    assert lesson.summary == "Oppsummering skrevet i admin"
