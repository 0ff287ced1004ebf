"""A URL under the home page is found with one query for the whole path (core/routing.py),
and routing answers as Wagtail's own would."""

import pytest
from django.http import Http404
from django.test import RequestFactory

from core.routing import route_in_one_query

pytestmark = pytest.mark.django_db


def _segments(page) -> list[str]:
    return page.url.strip("/").split("/")


def test_a_lesson_four_levels_down_costs_two_queries(course, django_assert_num_queries):
    lesson = course.steps[0]
    home, segments = course.index.get_parent().specific, _segments(lesson)
    with django_assert_num_queries(2):  # the pages on the path, then the lesson's own fields
        page, _args, _kwargs = route_in_one_query(home, RequestFactory().get("/"), segments)
    assert page == lesson and type(page).__name__ == "LessonPage"
    assert page.get_parent().pk == lesson.get_parent().pk  # the parent found on the way


def test_a_missing_or_draft_page_answers_404(client, course):
    lesson = course.steps[0]
    assert client.get(lesson.url + "finnes-ikke/").status_code == 404
    assert client.get(course.course.url + "finnes-ikke/").status_code == 404
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_a_page_with_its_own_sub_urls_still_routes_them(client, case_index):
    assert client.get(case_index.url + "feed/").status_code == 200
    with pytest.raises(Http404):
        route_in_one_query(
            case_index.get_parent().specific, RequestFactory().get("/"), ["saker", "nei", "nei"]
        )
