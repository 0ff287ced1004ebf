"""Twenty requests at once for the same thing leave one row (PostgreSQL, real transactions)."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from learning import services
from learning.models import CourseCompletion, Enrolment, StepCompletion

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def _in_parallel(action, times: int = 20) -> None:
    def run(_):
        try:
            action()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=times) as pool:
        list(pool.map(run, range(times)))


def test_parallel_enrolments_make_one(tenant, course):
    user = tenant.learner.user
    _in_parallel(lambda: services.enrolment_create(user=user, course=course.course))
    assert Enrolment.objects.filter(user=user).count() == 1


def test_parallel_completions_of_the_last_step_make_one_certificate(tenant, course):
    user = tenant.learner.user
    services.enrolment_create(user=user, course=course.course)
    for step in course.steps[:-1]:
        services.step_complete(user=user, step=step)
    _in_parallel(lambda: services.step_complete(user=user, step=course.steps[-1]))
    assert StepCompletion.objects.filter(user=user).count() == len(course.steps)
    assert CourseCompletion.objects.filter(user=user).count() == 1
