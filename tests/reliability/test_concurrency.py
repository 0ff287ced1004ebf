"""Twenty requests for the same write at the same instant leave one effect: one enrolment, one
attempt, one grade, one step completion, one survey response. Each thread calls the real service
on its own PostgreSQL connection, released together by a barrier; SQLite serialises writers, so
it proves nothing here and the module is skipped there."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from assessments import services as assessments
from assessments.models import (
    Answer,
    Attempt,
    PendingSurveyResponse,
    SurveyParticipation,
    SurveyResponse,
    SurveyStatement,
)
from assessments.setup import survey_instrument_ensure
from learning import services as learning
from learning.models import CourseCompletion, Enrolment, StepCompletion
from tests.factories.quizzes import answer_all_right
from tests.reliability.conftest import PARALLEL, run_together

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="needs PostgreSQL: SQLite runs one writer at a time",
    ),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def learner(tenant, quiz):
    user = tenant.learner.user
    learning.enrolment_create(user=user, course=quiz.course, organization=tenant.organization)
    return user


def test_twenty_enrolments_in_one_course_make_one(tenant, course):
    user = tenant.learner.user

    outcomes = run_together(lambda: learning.enrolment_create(user=user, course=course.course))

    assert outcomes.crashes == [] and outcomes.refusals == []
    [enrolment] = Enrolment.objects.filter(user=user)
    assert {result.pk for result in outcomes.results} == {enrolment.pk}


def test_twenty_starts_where_one_attempt_is_allowed_make_one_attempt(learner, quiz):
    quiz.quiz.attempt_limit = 1
    quiz.quiz.save()

    outcomes = run_together(lambda: assessments.attempt_start(user=learner, quiz=quiz.quiz))

    assert outcomes.crashes == [] and outcomes.refusals == []
    [attempt] = Attempt.objects.filter(user=learner, quiz=quiz.quiz)
    assert {result.pk for result in outcomes.results} == {attempt.pk}


def test_twenty_submits_of_one_attempt_grade_it_once(learner, quiz):
    attempt = assessments.attempt_start(user=learner, quiz=quiz.quiz)
    answer_all_right(attempt, quiz)

    outcomes = run_together(lambda: assessments.attempt_submit(attempt=attempt, user=learner))

    assert outcomes.crashes == []
    assert outcomes.refusals == []  # a late submit is answered with the first grade
    attempt.refresh_from_db()
    assert attempt.passed and attempt.percent == 100
    # Every caller saw the one grading: same moment, same points.
    assert {(a.submitted_at, a.points) for a in outcomes.results} == {
        (attempt.submitted_at, attempt.points)
    }
    assert Attempt.objects.filter(user=learner).count() == 1
    assert list(Answer.objects.filter(attempt=attempt).values_list("score", flat=True)) == [1.0] * 4
    # Passing completed the quiz's step once.
    assert StepCompletion.objects.filter(user=learner, step=quiz.quiz).count() == 1


def test_answers_racing_a_submit_are_either_graded_or_refused(learner, quiz):
    """Half the threads change an answer while the other half submit. Whatever wins, the
    stored answer is the one that was graded: no answer is written after grading."""
    attempt = assessments.attempt_start(user=learner, quiz=quiz.quiz)
    answer_all_right(attempt, quiz)
    single = quiz.questions[0]
    wrong = single.options.filter(is_correct=False).first()
    callers = iter(range(PARALLEL))

    def submit_or_change_answer():
        if next(callers) % 2:
            return assessments.attempt_submit(attempt=attempt, user=learner)
        return assessments.answer_save(attempt=attempt, question_id=single.pk, choices=[wrong.pk])

    outcomes = run_together(submit_or_change_answer)

    assert outcomes.crashes == []
    assert set(outcomes.refusals) <= {"already_submitted"}
    attempt.refresh_from_db()
    answer = Answer.objects.get(attempt=attempt, question=single)
    graded_wrong = answer.choices == [wrong.pk]
    assert answer.score == (0.0 if graded_wrong else 1.0)
    assert attempt.points == (3.0 if graded_wrong else 4.0)


def test_twenty_completions_of_a_step_make_one_row_and_of_the_last_one_certificate(learner, quiz):
    steps = [*quiz.steps, quiz.quiz]
    first = steps[0]

    outcomes = run_together(lambda: learning.step_complete(user=learner, step=first))

    assert outcomes.crashes == [] and outcomes.refusals == []
    [completion] = StepCompletion.objects.filter(user=learner, step=first)
    assert {result.pk for result in outcomes.results} == {completion.pk}

    for step in steps[1:-1]:
        learning.step_complete(user=learner, step=step)
    outcomes = run_together(lambda: learning.step_complete(user=learner, step=steps[-1]))

    assert outcomes.crashes == [] and outcomes.refusals == []
    assert StepCompletion.objects.filter(user=learner).count() == len(steps)
    assert CourseCompletion.objects.filter(user=learner).count() == 1
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_twenty_survey_answers_by_one_person_store_one_response(tenant):
    survey_instrument_ensure()
    survey_round = assessments.survey_round_create(
        organization=tenant.organization,
        title="Parallelle svar",
        opens_on=timezone.localdate(),
        closes_on=timezone.localdate() + timedelta(days=7),
        created_by=tenant.lead.user,
    )
    statements = list(SurveyStatement.objects.filter(is_active=True).values_list("pk", flat=True))
    answers = dict.fromkeys(statements, 5)

    outcomes = run_together(
        lambda: assessments.survey_response_submit(
            survey_round=survey_round, user=tenant.learner.user, answers=answers
        )
    )

    assert outcomes.crashes == []
    assert len(outcomes.results) == 1
    assert outcomes.refusals == ["already_answered"] * (PARALLEL - 1)
    assert SurveyParticipation.objects.filter(round=survey_round).count() == 1
    # One answer sheet, waiting unlinked until five are waiting (assessments.services).
    [pending] = PendingSurveyResponse.objects.filter(round=survey_round)
    assert len(pending.answers) == len(statements)
    assert not SurveyResponse.objects.filter(round=survey_round).exists()
