"""Attempts: start, answer, submit, review — graded on the server once, limits that hold."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from assessments import services
from assessments.models import Attempt
from learning import services as learning
from learning.models import StepCompletion
from tests.factories.quizzes import QuizPageFactory, answer_all_right

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(tenant, quiz):
    user = tenant.learner.user
    learning.enrolment_create(user=user, course=quiz.course)
    return user


def _options(attempt, question):
    return dict(attempt.layout)[question.pk]


def test_quiz_needs_an_enrolment(tenant, quiz):
    with pytest.raises(ValidationError):
        services.attempt_start(user=tenant.learner.user, quiz=quiz.quiz)
    assert not Attempt.objects.exists()


def test_starting_twice_resumes_the_open_attempt(learner, quiz):
    first = services.attempt_start(user=learner, quiz=quiz.quiz)
    assert services.attempt_start(user=learner, quiz=quiz.quiz) == first


def test_all_right_passes_and_completes_the_step(learner, quiz):
    attempt = services.attempt_start(user=learner, quiz=quiz.quiz)
    answer_all_right(attempt, quiz)
    attempt = services.attempt_submit(attempt=attempt, user=learner)
    assert (attempt.percent, attempt.passed) == (100, True)
    assert StepCompletion.objects.filter(user=learner, step=quiz.quiz).exists()


def test_failing_then_retrying_within_the_limit(learner, quiz):
    first = services.attempt_start(user=learner, quiz=quiz.quiz)
    failed = services.attempt_submit(attempt=first, user=learner)
    assert (failed.percent, failed.passed) == (0, False)
    assert not StepCompletion.objects.filter(step=quiz.quiz).exists()
    second = services.attempt_start(user=learner, quiz=quiz.quiz)
    assert second.number == 2
    services.attempt_submit(attempt=second, user=learner)
    with pytest.raises(ValidationError) as refusal:
        services.attempt_start(user=learner, quiz=quiz.quiz)
    assert refusal.value.code == "no_attempts_left"


def test_submitting_twice_grades_once(learner, quiz):
    attempt = services.attempt_start(user=learner, quiz=quiz.quiz)
    first = services.attempt_submit(attempt=attempt, user=learner)
    _answer_all_right_after = pytest.raises(ValidationError)
    with _answer_all_right_after:
        services.answer_save(attempt=first, question_id=quiz.questions[2].pk, number="30")
    again = services.attempt_submit(attempt=attempt, user=learner)
    assert (again.submitted_at, again.percent) == (first.submitted_at, first.percent)


@pytest.mark.parametrize(
    "bad",
    [
        {"choices": [999999]},  # unknown option
        {"choices": ["abc"]},
    ],
)
def test_unknown_options_are_refused_and_nothing_is_stored(learner, quiz, bad):
    attempt = services.attempt_start(user=learner, quiz=quiz.quiz)
    with pytest.raises(ValidationError):
        services.answer_save(attempt=attempt, question_id=quiz.questions[0].pk, **bad)
    assert not attempt.answers.exists()


def test_a_question_outside_the_attempt_is_refused(learner, quiz):
    from tests.factories.quizzes import make_question

    stranger = make_question("single", "Annet?", [("Ja", True), ("Nei", False)])
    attempt = services.attempt_start(user=learner, quiz=quiz.quiz)
    with pytest.raises(ValidationError):
        services.answer_save(attempt=attempt, question_id=stranger.pk, choices=[])
    assert not attempt.answers.exists()


def test_two_picks_on_a_single_choice_question_are_refused(learner, quiz):
    attempt = services.attempt_start(user=learner, quiz=quiz.quiz)
    question = quiz.questions[0]
    with pytest.raises(ValidationError):
        services.answer_save(
            attempt=attempt, question_id=question.pk, choices=_options(attempt, question)[:2]
        )


def test_after_the_time_limit_the_attempt_is_graded_with_what_was_saved(learner, quiz):
    quiz.quiz.time_limit_minutes = 10
    quiz.quiz.save()
    attempt = services.attempt_start(user=learner, quiz=quiz.quiz)
    answer_all_right(attempt, quiz)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=5))
    attempt.refresh_from_db()
    with pytest.raises(ValidationError):
        services.answer_save(attempt=attempt, question_id=quiz.questions[0].pk, choices=[])
    graded = services.attempt_submit(attempt=attempt, user=learner)
    assert graded.percent == 100


def test_knowledge_gain_compares_the_pretest_with_the_best_final_test(learner, quiz, course):
    from assessments.models import QuizKind
    from assessments.selectors import knowledge_gain

    def add(kind):
        return QuizPageFactory(
            parent=course.modules[1],
            title=kind,
            kind=kind,
            pass_mark=0,
            attempt_limit=0,
            questions=quiz.questions[:1],
        )

    pretest, final = add(QuizKind.PRETEST), add(QuizKind.FINAL)
    assert knowledge_gain(learner, course.course).gain is None
    services.attempt_submit(
        attempt=services.attempt_start(user=learner, quiz=pretest), user=learner
    )
    attempt = services.attempt_start(user=learner, quiz=final)
    right = quiz.questions[0].options.get(is_correct=True).pk
    services.answer_save(attempt=attempt, question_id=quiz.questions[0].pk, choices=[right])
    services.attempt_submit(attempt=attempt, user=learner)
    gain = knowledge_gain(learner, course.course)
    assert (gain.pretest, gain.final, gain.gain) == (0, 100, 100)


def test_each_attempt_draws_afresh_from_the_pool(learner, quiz):
    """A pool of ten, five asked: the second attempt asks the five others."""
    from tests.factories.quizzes import make_question

    pool = [
        make_question("single", f"Pool {n}?", [("Ja", True), ("Nei", False)]) for n in range(10)
    ]
    for question in pool:
        question.tags.add("sluttest")
        question.save()  # cluster tags are written on save
    page = quiz.quiz
    page.kind, page.draw_from_pool, page.draw_count, page.attempt_limit = "final", "sluttest", 5, 0
    page.save()
    asked = []
    for _ in range(2):
        attempt = services.attempt_start(user=learner, quiz=page)
        asked.append(set(attempt.question_ids))
        services.attempt_submit(attempt=attempt, user=learner)
    assert all(len(questions) == 5 for questions in asked)
    assert asked[0].isdisjoint(asked[1])
    assert asked[0] | asked[1] == {q.pk for q in pool}
