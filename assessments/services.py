"""Writes for quizzes: starting an attempt, saving answers, submitting for grading.

Grading happens here, on the server, only. Submitting twice, in parallel or late grades the
attempt once; the attempt limit holds under concurrent starts (unique attempt numbers)."""

import random
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments import grading
from assessments.models import Answer, Attempt, Option, Question, QuestionType, QuizPage
from learning.models import Enrolment
from learning.services import course_for_step, step_complete

User = get_user_model()
LATE_GRACE = timedelta(seconds=30)  # a submit already on its way when time runs out still counts


def _draw_questions(quiz: QuizPage) -> list[Question]:
    if quiz.draw_from_pool and quiz.draw_count:
        pool = list(Question.objects.filter(tags__name=quiz.draw_from_pool).distinct())
        return random.sample(pool, min(quiz.draw_count, len(pool)))
    return [item.question for item in quiz.quiz_questions.select_related("question")]


def _layout(quiz: QuizPage, questions: list[Question]) -> list:
    layout = []
    options = {}
    for option in _options_of(questions):
        options.setdefault(option.question_id, []).append(option.pk)
    for question in questions:
        ids = options.get(question.pk, [])
        # Ordering items are always shuffled, or the right order would be on the screen.
        if quiz.shuffle_options or question.kind == QuestionType.ORDERING:
            random.shuffle(ids)
        layout.append([question.pk, ids])
    return layout


def _options_of(questions: list[Question]):
    return Option.objects.filter(question__in=questions).order_by("question_id", "sort_order")


def open_attempt(user: User, quiz: QuizPage) -> Attempt | None:
    attempt = Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()
    if attempt and attempt.deadline and timezone.now() > attempt.deadline + LATE_GRACE:
        attempt_submit(attempt=attempt, user=user)  # time ran out: grade what was saved
        return None
    return attempt


@transaction.atomic
def attempt_start(*, user: User, quiz: QuizPage) -> Attempt:
    """Start (or resume) an attempt at a quiz the person may take."""
    course = course_for_step(quiz)
    if not Enrolment.objects.filter(user=user, course=course).exists():
        raise ValidationError(_("Start the course before you take its quizzes."))
    current = open_attempt(user, quiz)
    if current:
        return current
    used = Attempt.objects.filter(user=user, quiz=quiz).count()
    if quiz.attempt_limit and used >= quiz.attempt_limit:
        raise ValidationError(_("You have used all your attempts at this quiz."))
    questions = _draw_questions(quiz)
    if not questions:
        raise ValidationError(_("This quiz has no questions yet."))
    deadline = (
        timezone.now() + timedelta(minutes=quiz.time_limit_minutes)
        if quiz.time_limit_minutes
        else None
    )
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                user=user,
                quiz=quiz,
                number=used + 1,
                layout=_layout(quiz, questions),
                deadline=deadline,
            )
    except IntegrityError:
        # Another request started this attempt number a moment ago: use that one.
        return Attempt.objects.get(user=user, quiz=quiz, number=used + 1)


def _check_open(attempt: Attempt) -> None:
    if attempt.submitted_at:
        raise ValidationError(_("This attempt is already submitted."))
    if attempt.deadline and timezone.now() > attempt.deadline + LATE_GRACE:
        raise ValidationError(_("The time for this attempt has run out."))


def _clean_choices(attempt: Attempt, question: Question, choices: list) -> list[int]:
    allowed = dict(attempt.layout).get(question.pk)
    if allowed is None:
        raise ValidationError(_("That question is not part of this attempt."))
    try:
        picked = [int(choice) for choice in choices]
    except (TypeError, ValueError) as error:
        raise ValidationError(_("Unknown option.")) from error
    if not set(picked) <= set(allowed) or len(set(picked)) != len(picked):
        raise ValidationError(_("Unknown option."))
    kind = question.answer_type
    if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE) and len(picked) > 1:
        raise ValidationError(_("Choose one option."))
    if kind == QuestionType.ORDERING and picked and sorted(picked) != sorted(allowed):
        raise ValidationError(_("Place every item once."))
    return picked


def _clean_number(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value).replace(",", ".").replace(" ", ""))
    except InvalidOperation as error:
        raise ValidationError(_("Write a number, for example 30 or 12,5.")) from error


@transaction.atomic
def answer_save(
    *, attempt: Attempt, question_id: int, choices: list | None = None, number=None
) -> Answer:
    """Keep a learner's current answer to one question of an open attempt."""
    _check_open(attempt)
    if question_id not in attempt.question_ids:
        raise ValidationError(_("That question is not part of this attempt."))
    question = Question.objects.get(pk=question_id)
    defaults = {"choices": [], "number": None}
    if question.answer_type == QuestionType.NUMERIC:
        defaults["number"] = _clean_number(number)
    else:
        defaults["choices"] = _clean_choices(attempt, question, choices or [])
    answer, _created = Answer.objects.update_or_create(
        attempt=attempt, question=question, defaults=defaults
    )
    return answer


def _score(question: Question, answer: Answer | None, options: list) -> float:
    if answer is None:
        return 0.0
    correct = {o.pk for o in options if o.is_correct}
    kind = question.answer_type
    if kind == QuestionType.MULTIPLE:
        return grading.grade_multiple(answer.choices, correct)
    if kind == QuestionType.NUMERIC:
        return grading.grade_numeric(
            answer.number, question.numeric_answer, question.numeric_tolerance
        )
    if kind == QuestionType.ORDERING:
        return grading.grade_ordering(answer.choices, [o.pk for o in options])
    return grading.grade_single(answer.choices, correct)


@transaction.atomic
def attempt_submit(*, attempt: Attempt, user: User) -> Attempt:
    """Grade an attempt once. A second submit, in parallel or later, returns the first grade;
    passing completes the quiz's step."""
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk, user=user)
    if attempt.submitted_at:
        return attempt
    questions = Question.objects.in_bulk(attempt.question_ids)
    options: dict[int, list] = {}
    for option in _options_of(list(questions.values())):
        options.setdefault(option.question_id, []).append(option)
    answers = {a.question_id: a for a in attempt.answers.all()}
    total = 0.0
    for question_id in attempt.question_ids:
        question = questions[question_id]
        score = _score(question, answers.get(question_id), options.get(question_id, []))
        if question_id in answers:
            Answer.objects.filter(pk=answers[question_id].pk).update(score=score)
        total += score
    attempt.points = total
    attempt.percent = grading.percent(total, len(attempt.question_ids))
    attempt.passed = attempt.percent >= attempt.quiz.pass_mark
    attempt.submitted_at = timezone.now()
    attempt.save(update_fields=["points", "percent", "passed", "submitted_at"])
    if attempt.passed:
        step_complete(user=user, step=attempt.quiz)
    return attempt
