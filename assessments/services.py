"""Writes for quizzes (starting an attempt, saving answers, submitting for grading) and for
the capacity survey (opening a round, answering it).

Grading happens here, on the server, only. Submitting twice, in parallel or late grades the
attempt once; the attempt limit holds under concurrent starts (unique attempt numbers)."""

import random
import secrets
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from assessments import grading
from assessments.models import (
    Answer,
    Attempt,
    Option,
    PendingSurveyResponse,
    Question,
    QuestionType,
    QuizPage,
    SurveyAnswer,
    SurveyParticipation,
    SurveyResponse,
    SurveyRound,
    SurveyStatement,
)
from assessments.scale import SCALE_MAX, SCALE_MIN, scale_words
from assessments.scoring import MIN_GROUP_SIZE
from assessments.selectors import (
    RoundResults,
    compute_round_results,
    results_to_json,
    round_closed,
    round_results,
    survey_round_members,
)
from assessments.tasks import send_survey_invitations
from core.numbers import parse_decimal
from learning.models import Enrolment
from learning.services import course_for_step, step_complete
from organizations.models import Department, Organization

User = get_user_model()
LATE_GRACE = timedelta(seconds=30)  # a submit already on its way when time runs out still counts


def _draw_questions(quiz: QuizPage, user: User) -> list[Question]:
    """The questions of a new attempt. From a pool, each attempt draws afresh, taking the
    questions the person has been asked least often at this quiz first (at random among
    equals): while the pool lasts, a retry asks none of the questions seen before."""
    if quiz.draw_from_pool and quiz.draw_count:
        pool = list(Question.objects.filter(tags__name=quiz.draw_from_pool).distinct())
        seen: dict[int, int] = {}
        for layout in Attempt.objects.filter(user=user, quiz=quiz).values_list("layout", flat=True):
            for question_id, _options in layout:
                seen[question_id] = seen.get(question_id, 0) + 1
        random.shuffle(pool)
        pool.sort(key=lambda question: seen.get(question.pk, 0))
        return pool[: quiz.draw_count]
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
        raise ValidationError(
            _("Start the course before you take its quizzes."), code="not_enrolled"
        )
    current = open_attempt(user, quiz)
    if current:
        return current
    used = Attempt.objects.filter(user=user, quiz=quiz).count()
    if quiz.attempt_limit and used >= quiz.attempt_limit:
        # A start in parallel may have opened the last attempt since we looked: resume it.
        current = open_attempt(user, quiz)
        if current:
            return current
        raise ValidationError(
            _("You have used all your attempts at this quiz."), code="no_attempts_left"
        )
    questions = _draw_questions(quiz, user)
    if not questions:
        raise ValidationError(_("This quiz has no questions yet."), code="no_questions")
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
        raise ValidationError(_("This attempt is already submitted."), code="already_submitted")
    if attempt.deadline and timezone.now() > attempt.deadline + LATE_GRACE:
        raise ValidationError(_("The time for this attempt has run out."), code="time_up")


def _clean_choices(attempt: Attempt, question: Question, choices: list) -> list[int]:
    allowed = dict(attempt.layout).get(question.pk)
    if allowed is None:
        raise ValidationError(
            _("That question is not part of this attempt."), code="unknown_question"
        )
    try:
        picked = [int(choice) for choice in choices]
    except (TypeError, ValueError) as error:
        raise ValidationError(_("Unknown option."), code="unknown_option") from error
    if not set(picked) <= set(allowed) or len(set(picked)) != len(picked):
        raise ValidationError(_("Unknown option."), code="unknown_option")
    kind = question.answer_type
    if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE) and len(picked) > 1:
        raise ValidationError(_("Choose one option."), code="one_option")
    if kind == QuestionType.ORDERING and picked and sorted(picked) != sorted(allowed):
        raise ValidationError(_("Place every item once."), code="incomplete_order")
    return picked


def _clean_number(value) -> Decimal | None:
    """A typed answer, within what Answer.number holds; never NaN, an infinity or an exponent."""
    field = Answer._meta.get_field("number")
    try:
        return parse_decimal(
            value, max_digits=field.max_digits, decimal_places=field.decimal_places
        )
    except ValueError as error:
        raise ValidationError(
            _("Write a number, for example 30 or 12,5."), code="invalid_number"
        ) from error


def answer_save(
    *, attempt: Attempt, question_id: int, choices: list | None = None, number=None
) -> Answer:
    """Keep a learner's current answer to one question of an open attempt."""
    answer = {"question_id": question_id, "choices": choices, "number": number}
    refusals = answers_save(attempt=attempt, answers=[answer])
    if refusals:
        raise refusals[0]
    return Answer.objects.get(attempt=attempt, question_id=question_id)


@transaction.atomic
def answers_save(*, attempt: Attempt, answers: list[dict]) -> list[ValidationError]:
    """Keep a learner's current answers to an open attempt, all in one write. An answer that
    does not fit its question is left out and its refusal returned; the others are kept.
    Each answer is a dict of question_id and choices or number."""
    # The caller's attempt may predate a submit that has just graded it; waiting on the row
    # lock and reading it again keeps an answer from changing after its grade.
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    _check_open(attempt)
    questions = Question.objects.in_bulk(
        [a["question_id"] for a in answers if a["question_id"] in attempt.question_ids]
    )
    rows, refusals = {}, []
    for answer in answers:
        try:
            row = _answer_row(attempt, questions.get(answer["question_id"]), answer)
        except ValidationError as refusal:
            refusals.append(refusal)
        else:
            rows[row.question_id] = row  # one row per question: the last answer counts
    Answer.objects.bulk_create(
        rows.values(),
        update_conflicts=True,
        unique_fields=["attempt", "question"],
        update_fields=["choices", "number", "updated_at"],
    )
    return refusals


def _answer_row(attempt: Attempt, question: Question | None, answer: dict) -> Answer:
    if question is None:
        raise ValidationError(
            _("That question is not part of this attempt."), code="unknown_question"
        )
    if question.answer_type == QuestionType.NUMERIC:
        return Answer(
            attempt=attempt, question=question, number=_clean_number(answer.get("number"))
        )
    choices = _clean_choices(attempt, question, answer.get("choices") or [])
    return Answer(attempt=attempt, question=question, choices=choices)


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
            answers[question_id].score = score
        total += score
    Answer.objects.bulk_update(answers.values(), ["score"])
    attempt.points = total
    attempt.percent = grading.percent(total, len(attempt.question_ids))
    attempt.passed = attempt.percent >= attempt.quiz.pass_mark
    attempt.submitted_at = timezone.now()
    attempt.save(update_fields=["points", "percent", "passed", "submitted_at"])
    if attempt.passed:
        step_complete(user=user, step=attempt.quiz)
    return attempt


# The capacity survey ----------------------------------------------------------------------


SHUFFLE = secrets.SystemRandom()
PENDING_BATCH = MIN_GROUP_SIZE
"""Answers wait until this many of a round are waiting, then are written out shuffled."""


def _overlapping_round(
    organization: Organization, opens_on: date, closes_on: date, departments: list[Department]
) -> SurveyRound | None:
    """Another round of the organisation, open on some of the same days, that asks some of the
    same people: one asking everyone overlaps every round, two asking departments overlap when
    they share one."""
    asked = {d.pk for d in departments}
    for other in SurveyRound.objects.filter(
        organization=organization, opens_on__lte=closes_on, closes_on__gte=opens_on
    ).prefetch_related("departments"):
        theirs = {d.pk for d in other.departments.all()}
        if not asked or not theirs or asked & theirs:
            return other
    return None


@transaction.atomic
def survey_round_create(
    *,
    organization: Organization,
    title: str,
    opens_on: date,
    closes_on: date,
    created_by: User,
    departments: list[Department] | None = None,
    by_department: bool = False,
) -> SurveyRound:
    """Open a survey round; the people it asks are invited by email after commit.

    Two rounds that ask some of the same people on some of the same days are refused: someone
    could answer both alike, and one round's figures subtracted from the other's would then give
    the answers of the people only one of them asked."""
    if closes_on < opens_on:
        raise ValidationError(
            {
                "closes_on": ValidationError(
                    _("The round must close after it opens."), code="closes_before_opens"
                )
            }
        )
    if closes_on < timezone.localdate():
        raise ValidationError(
            {
                "closes_on": ValidationError(
                    _("The closing date has already passed."), code="closes_in_the_past"
                )
            }
        )
    departments = departments or []
    if any(d.organization_id != organization.pk for d in departments):
        raise ValidationError(
            {
                "departments": ValidationError(
                    _("The department belongs to another organisation."),
                    code="foreign_department",
                )
            }
        )
    # One round created at a time per organisation, so two overlapping ones cannot both pass.
    Organization.objects.select_for_update().filter(pk=organization.pk).first()
    other = _overlapping_round(organization, opens_on, closes_on, departments)
    if other is not None:
        raise ValidationError(
            _(
                "«%(title)s» asks some of the same people between %(opens)s and %(closes)s. "
                "Two rounds for the same people cannot be open at the same time, because "
                "comparing their results could reveal what individuals answered. Choose dates "
                "after that round closes, or other departments."
            )
            % {
                "title": other.title,
                "opens": date_format(other.opens_on, "SHORT_DATE_FORMAT"),
                "closes": date_format(other.closes_on, "SHORT_DATE_FORMAT"),
            },
            code="overlapping_round",
        )
    survey_round = SurveyRound.objects.create(
        organization=organization,
        title=title.strip(),
        opens_on=opens_on,
        closes_on=closes_on,
        created_by=created_by,
        by_department=by_department,
    )
    survey_round.departments.set(departments)
    # The people asked are those in scope when the round opens; later joiners do not count.
    survey_round.invited_count = survey_round_members(survey_round).count()
    survey_round.save(update_fields=["invited_count"])
    transaction.on_commit(lambda: send_survey_invitations.delay(survey_round.pk))
    return survey_round


def _responses_write(survey_round: SurveyRound, rows: list[tuple[int | None, dict]]) -> None:
    """Write (department id, {statement id: value}) rows as responses in a random order, so
    the order they are stored in says nothing about the order people answered."""
    SHUFFLE.shuffle(rows)
    responses = [
        SurveyResponse(
            round=survey_round,
            organization_id=survey_round.organization_id,
            department_id=department_id,
        )
        for department_id, _answers in rows
    ]
    SurveyResponse.objects.bulk_create(responses)
    SurveyAnswer.objects.bulk_create(
        SurveyAnswer(response=response, statement_id=int(pk), value=value)
        for response, (_department_id, answers) in zip(responses, rows, strict=True)
        for pk, value in sorted(answers.items(), key=lambda item: int(item[0]))
    )


def _pending_flush(survey_round: SurveyRound) -> None:
    pending = list(PendingSurveyResponse.objects.filter(round=survey_round))
    if not pending:
        return
    _responses_write(survey_round, [(p.department_id, p.answers) for p in pending])
    PendingSurveyResponse.objects.filter(pk__in=[p.pk for p in pending]).delete()


@transaction.atomic
def survey_response_submit(
    *, survey_round: SurveyRound, user: User, answers: dict[int, int | None]
) -> None:
    """Keep one person's answers to a round without any link to the person, and record
    separately that they took part. Answering twice, late, or another organisation's round is
    refused and nothing is stored.

    The answers wait (PendingSurveyResponse) until at least five of the round are waiting and
    are then written out together in random order; the rest are written when the round closes.
    So the stored rows never line up with the participation rows."""
    # One answer at a time per round: the waiting answers are counted and written out once.
    survey_round = SurveyRound.objects.select_for_update().get(pk=survey_round.pk)
    today = timezone.localdate()
    membership = survey_round_members(survey_round).filter(user=user).first()
    if membership is None:
        raise ValidationError(_("This survey is not for you."), code="not_asked")
    if not survey_round.opens_on <= today <= survey_round.closes_on or (
        survey_round.results_frozen_at is not None
    ):
        raise ValidationError(_("This survey round is closed."), code="round_closed")
    statements = set(SurveyStatement.objects.filter(is_active=True).values_list("pk", flat=True))
    clean: dict[str, int] = {}
    for statement_id, value in answers.items():
        if statement_id not in statements:
            raise ValidationError(_("Unknown statement."), code="unknown_statement")
        if value is None:
            continue
        if not (SCALE_MIN <= value <= SCALE_MAX):
            raise ValidationError(
                _("Answer on the scale from %(min)s to %(max)s.") % scale_words(), code="off_scale"
            )
        clean[str(statement_id)] = value
    if not clean:
        raise ValidationError(_("Answer at least one statement."), code="no_answers")
    try:
        with transaction.atomic():
            SurveyParticipation.objects.create(round=survey_round, user=user)
    except IntegrityError as error:
        raise ValidationError(
            _("You have already answered this round."), code="already_answered"
        ) from error
    PendingSurveyResponse.objects.create(
        round=survey_round,
        department_id=membership.department_id if survey_round.by_department else None,
        answers=clean,
    )
    if PendingSurveyResponse.objects.filter(round=survey_round).count() >= PENDING_BATCH:
        _pending_flush(survey_round)


@transaction.atomic
def survey_round_seal(*, survey_round: SurveyRound) -> SurveyRound:
    """Fix a closed round's figures for good. The waiting answers are written out, every
    response of the round is written again in a new random order (so not even the groups of
    five they were written in remain), and the results are computed once and kept on the
    round. Running it again changes nothing."""
    survey_round = SurveyRound.objects.select_for_update().get(pk=survey_round.pk)
    if survey_round.results_frozen_at is not None:
        return survey_round
    if not round_closed(survey_round):
        raise ValidationError(_("The round is still open."), code="round_open")
    rows: list[tuple[int | None, dict]] = [
        (p.department_id, p.answers)
        for p in PendingSurveyResponse.objects.filter(round=survey_round)
    ]
    stored: dict = {}
    for response_id, department_id, statement_id, value in SurveyAnswer.objects.filter(
        response__round=survey_round
    ).values_list("response_id", "response__department_id", "statement_id", "value"):
        stored.setdefault(response_id, (department_id, {}))[1][str(statement_id)] = value
    rows += list(stored.values())
    SurveyAnswer.objects.filter(response__round=survey_round).delete()
    SurveyResponse.objects.filter(round=survey_round).delete()
    PendingSurveyResponse.objects.filter(round=survey_round).delete()
    _responses_write(survey_round, rows)
    survey_round.results = results_to_json(compute_round_results(survey_round))
    survey_round.results_frozen_at = timezone.now()
    survey_round.save(update_fields=["results", "results_frozen_at"])
    return survey_round


def survey_round_results_release(*, survey_round: SurveyRound) -> RoundResults | None:
    """The figures of a round as shown to a lead and on the dashboard: None while it is open;
    after it closes, the figures fixed at the first look (or by the nightly task)."""
    if survey_round.results_frozen_at is None:
        if not round_closed(survey_round):
            return None
        survey_round = survey_round_seal(survey_round=survey_round)
    return round_results(survey_round)
