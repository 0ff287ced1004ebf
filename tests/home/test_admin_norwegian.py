"""The Wagtail admin speaks Norwegian on the editor's main screens: where Wagtail's and allauth's
own Bokmål catalogues leave strings in English or get them wrong, Spire's locale files (first in
LOCALE_PATHS) correct them, for the server-rendered screens and the admin's scripts alike.
Nynorsk has no Wagtail catalogue; it falls back to Bokmål, never to English."""

import json
import re
from html import unescape

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import translation

from cases.models import CasePage
from core.groups import EDITORS
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from demo.courses import demo_courses_ensure
from home.models import HomePage
from tests.factories.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db

# English that the Bokmål admin showed (the list, and what the screens showed when
# looked at in Chromium), and Wagtail's and allauth's misspelt Bokmål.
ENGLISH = {
    "Help",
    "Collapse all",
    "Expand all",
    "Workflows",
    "Workflow tasks",
    "Site history",
    "Aging pages",
    "Page types usage",
    "Editor Guide",
    "Shortcuts",
    "Keyboard shortcuts",
    "Toggle sidebar",
    "Search all pages…",
    "Search…",
    "Show filters",
    "Filter by",
    "Visible to all",
    "Has child pages",
    "Edited by",
    "Date updated",
    "Sort menu order",
    "Delete selected pages",
    "Publish selected pages",
    "Comments",
    "Checks",
    "Content metrics",
    "Reading time",
    "Readability",
    "Words",
    "Set schedule",
    "Preview in new tab",
    "No publishing schedule set",
    "Workflow history",
    "Locked pages",
    "Usage count",
    "Grid layout",
    "List layout",
    "Add a workflow",
    "Profile",
    "Notifications",
    "Side panels",
    "Back",
    "Select",
}
MISSPELT = ("Tiittel", "anmeldelse", "Bekreftelsese-post")
PAGES_CREATED_IN = "created in"


def _signed_in(client, user):
    """A session that passed totrinnsinnlogging, as the admin requires."""
    return log_in_with_mfa(client, user)


def _visible_texts(html: str) -> set[str]:
    html = re.sub(r"(?s)<(script|style|template)\b[^>]*>.*?</\1>", " ", html)
    labels = re.findall(r'(?:aria-label|title|placeholder|alt)="([^"]*)"', html)
    return {unescape(t).strip() for t in [*re.split(r"<[^>]+>", html), *labels] if t.strip()}


def _menu_labels(html: str) -> set[str]:
    """The sidebar is drawn by a script from JSON props; its labels are visible text too."""
    return set(re.findall(r'"label": ?"([^"]+)"', unescape(html)))


@pytest.fixture(scope="module")
def demo(installed_site, django_db_blocker):
    """The demo's cases and courses fill the editors' screens; built once for the module."""
    with django_db_blocker.unblock(), override_settings(DEBUG=True):
        call_command("setup_demo", "--without-courses", verbosity=0)
        demo_courses_ensure(HomePage.objects.get())


@pytest.fixture
def editor_screens(demo):
    case = CasePage.objects.live().first()
    lesson = LessonPage.objects.first()
    return [
        "/admin/",
        f"/admin/pages/{CourseIndexPage.objects.get().pk}/",
        f"/admin/pages/{CoursePage.objects.first().pk}/",
        f"/admin/pages/{lesson.pk}/edit/",
        f"/admin/pages/{case.pk}/edit/",
        f"/admin/pages/{case.pk}/history/",
        f"/admin/pages/{case.pk}/workflow_history/",
        f"/admin/pages/add/courses/lessonpage/{ModulePage.objects.first().pk}/",
        "/admin/pages/search/?q=kurs",
        "/admin/images/",
        "/admin/documents/",
        "/admin/account/",
    ]


# Screens the demo's editor group has no permission for; a superuser looks at them.
ADMIN_SCREENS = [
    "/admin/snippets/",
    "/admin/snippets/courses/topic/",
    "/admin/snippets/assessments/question/",
    "/admin/workflows/list/",
    "/admin/workflows/tasks/index/",
    "/admin/reports/locked/",
]


def _english_on(client, urls) -> dict[str, set[str]]:
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        texts = _visible_texts(html) | _menu_labels(html)
        english = texts & ENGLISH
        english |= {t for t in texts if any(word in t for word in MISSPELT)}
        english |= {t for t in texts if PAGES_CREATED_IN in t}
        if english:
            found[url] = english
    return found


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_editors_main_screens_have_no_english_left(editor_screens, language):
    users = get_user_model().objects
    editor = _signed_in(Client(), users.get(groups__name=EDITORS))
    admin = _signed_in(Client(), users.filter(is_superuser=True).first())
    for client in (editor, admin):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    found = _english_on(editor, editor_screens) | _english_on(admin, ADMIN_SCREENS)
    assert found == {}


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_admin_scripts_get_norwegian_strings(client, language):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    script = client.get("/admin/jsi18n/").content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))
    for english in ("Collapse all", "Expand all", "Main menu", "Changes have been autosaved."):
        assert catalog.get(english, english) != english, english


def test_messages_after_saving_are_norwegian_and_spelt_right():
    with translation.override("nb"):
        for english in (
            "The page could not be saved due to validation errors.",
            "Awaiting your review",
            "The page title as you'd like it to be seen by the public",
            "Confirmation email sent to %(email)s.",
        ):
            text = translation.gettext(english)
            assert text != english
            assert not any(word in text for word in MISSPELT), text
