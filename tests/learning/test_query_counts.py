"""The catalogue, a course page and a lesson ask the database a fixed number of times, whatever
the number of courses, modules, lessons or learners."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning import services
from tests.factories import UserFactory
from tests.factories.courses import build_course

pytestmark = pytest.mark.django_db


def _count(client, url) -> int:
    client.get(url)  # warm the caches the page uses, as in steady operation
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _add_learners(course, n):
    for _ in range(n):
        user = UserFactory()
        services.enrolment_create(user=user, course=course.course)
        services.step_complete(user=user, step=course.steps[0])


@pytest.mark.parametrize("page", ["catalogue", "course", "lesson"])
def test_queries_stay_constant_as_content_and_learners_grow(login, tenant, course_index, page):
    small = build_course(course_index, modules=1, lessons=2)
    client = login(tenant.learner)
    services.enrolment_create(user=tenant.learner.user, course=small.course)
    url = {"catalogue": course_index.url, "course": small.course.url, "lesson": small.steps[0].url}
    before = _count(client, url[page])

    for n in range(4):
        build_course(course_index, title=f"Kurs {n}", modules=3, lessons=4)
    big = build_course(course_index, title="Stort kurs", modules=4, lessons=5)
    _add_learners(big, 10)
    services.enrolment_create(user=tenant.learner.user, course=big.course)
    url = {"catalogue": course_index.url, "course": big.course.url, "lesson": big.steps[7].url}
    after = _count(client, url[page])
    assert after == before, f"{page}: {before} queries small, {after} large"
    print(f"{page}: {after} queries")
