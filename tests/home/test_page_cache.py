"""Public pages are stored whole for visitors who are not signed in, and forgotten as soon as
an editor publishes (home/page_cache.py)."""

import pytest
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(course):
    return course.steps[0]


def test_a_stored_lesson_is_served_without_a_query(client, lesson, django_assert_num_queries):
    first = client.get(lesson.url)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        again = client.get(lesson.url)
    assert again.content == first.content
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_publishing_shows_the_change_at_once(client, lesson):
    assert "Ny tittel" not in client.get(lesson.url).content.decode()
    lesson.title = "Ny tittel"
    lesson.save_revision().publish()
    assert "Ny tittel" in client.get(lesson.url).content.decode()


def test_unpublishing_takes_the_page_away_at_once(client, lesson):
    assert client.get(lesson.url).status_code == 200
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_a_signed_in_person_gets_their_own_page_not_the_stored_one(client, login, tenant, lesson):
    anonymous = client.get(lesson.url).content.decode()
    assert "Start the course" not in anonymous and "Start kurset" not in anonymous
    own = login(tenant.learner).get(lesson.url).content.decode()
    assert "Start kurset for å følge med på framdriften din" in own
    assert tenant.learner.user.email not in Client().get(lesson.url).content.decode()


def test_no_stored_page_hands_out_a_csrf_token_or_a_cookie(client, lesson):
    client.get(lesson.url)
    again = client.get(lesson.url)
    assert not again.cookies
    assert "csrfmiddlewaretoken" not in again.content.decode()


def test_a_visitor_with_messages_waiting_is_not_served_a_stored_page(client, lesson):
    client.get(lesson.url)
    client.cookies[CookieStorage.cookie_name] = "anything"
    with CaptureQueriesContext(connection) as queries:
        client.get(lesson.url)
    assert queries  # the page was made afresh


def test_a_restricted_page_is_never_stored(client, lesson):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=lesson, restriction_type="login")
    for _ in range(2):
        assert client.get(lesson.url).status_code == 302
