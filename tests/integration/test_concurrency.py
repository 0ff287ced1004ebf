"""Twenty requests at once for the same thing leave one row (PostgreSQL, real transactions)."""

from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from learning import services
from learning.models import CourseCompletion, Enrolment, StepCompletion

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def _in_parallel(action, times: int = 20) -> None:
    def run(_):
        try:
            # Losing a race may be answered with a refusal; each test asserts the outcome.
            with suppress(ValidationError):
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


def test_parallel_submits_of_one_attempt_grade_it_once(tenant, quiz):
    from assessments import services as quiz_services

    user = tenant.learner.user
    services.enrolment_create(user=user, course=quiz.course)
    attempt = quiz_services.attempt_start(user=user, quiz=quiz.quiz)
    _in_parallel(lambda: quiz_services.attempt_submit(attempt=attempt, user=user))
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None
    assert attempt.answers.count() == 0


def test_parallel_starts_respect_the_attempt_limit(tenant, quiz):
    from assessments import services as quiz_services
    from assessments.models import Attempt

    quiz.quiz.attempt_limit = 1
    quiz.quiz.save()
    user = tenant.learner.user
    services.enrolment_create(user=user, course=quiz.course)
    _in_parallel(lambda: quiz_services.attempt_start(user=user, quiz=quiz.quiz))
    assert Attempt.objects.filter(user=user, quiz=quiz.quiz).count() == 1


def test_parallel_survey_answers_by_one_person_store_one_response(tenant):
    from datetime import timedelta

    from django.utils import timezone

    from assessments import services as survey_services
    from assessments.models import SurveyParticipation, SurveyResponse, SurveyStatement
    from home.demo_survey import survey_instrument_ensure

    survey_instrument_ensure()
    survey_round = survey_services.survey_round_create(
        organization=tenant.organization,
        title="Parallell",
        opens_on=timezone.localdate(),
        closes_on=timezone.localdate() + timedelta(days=3),
        created_by=tenant.lead.user,
    )
    answers = dict.fromkeys(SurveyStatement.objects.values_list("pk", flat=True), 4)
    _in_parallel(
        lambda: survey_services.survey_response_submit(
            survey_round=survey_round, user=tenant.learner.user, answers=answers
        )
    )
    assert SurveyParticipation.objects.filter(round=survey_round).count() == 1
    assert SurveyResponse.objects.filter(round=survey_round).count() == 1
