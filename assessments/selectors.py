"""Reads for quizzes, scoped to the person asking. Before submission nothing here tells which
option is right; the review is only built for submitted attempts."""

from dataclasses import dataclass

from django.shortcuts import get_object_or_404

from assessments.models import Answer, Attempt, Option, Question, QuizPage
from learning.models import Enrolment
from learning.services import course_for_step


def quiz_overview(user, quiz: QuizPage) -> dict:
    """What the quiz page shows a person: their attempts, whether they may start another."""
    if not user.is_authenticated:
        return {"attempts": [], "can_start": False, "enrolled": False}
    course = course_for_step(quiz)
    attempts = list(Attempt.objects.filter(user=user, quiz=quiz).order_by("number"))
    used = len(attempts)
    open_attempt = next((a for a in attempts if not a.submitted_at), None)
    left = max(quiz.attempt_limit - used, 0) if quiz.attempt_limit else None
    return {
        "course": course,
        "attempts": attempts,
        "open_attempt": open_attempt,
        "attempts_left": left,
        "passed": any(a.passed for a in attempts),
        "best_percent": max((a.percent or 0 for a in attempts if a.submitted_at), default=None),
        "enrolled": Enrolment.objects.filter(user=user, course=course).exists(),
        "can_start": open_attempt is None and (left is None or left > 0),
    }


def attempt_of(user, attempt_id: int) -> Attempt:
    """A person's own attempt; anyone else's answers 404."""
    return get_object_or_404(Attempt.objects.select_related("quiz"), pk=attempt_id, user=user)


@dataclass
class ShownQuestion:
    number: int
    question: Question
    options: list[Option]
    answer: Answer | None

    @property
    def chosen(self) -> set[int]:
        return set(self.answer.choices) if self.answer else set()

    @property
    def order(self) -> dict[int, int]:
        """Position (1-based) the learner gave each item of an ordering question."""
        if not self.answer:
            return {}
        return {option_id: n for n, option_id in enumerate(self.answer.choices, start=1)}


def attempt_questions(attempt: Attempt) -> list[ShownQuestion]:
    """The attempt's questions and options in the order fixed at its start (three queries)."""
    questions = Question.objects.in_bulk(attempt.question_ids)
    options = Option.objects.in_bulk([pk for _q, ids in attempt.layout for pk in ids])
    answers = {a.question_id: a for a in attempt.answers.all()}
    return [
        ShownQuestion(
            number=n,
            question=questions[question_id],
            options=[options[pk] for pk in option_ids if pk in options],
            answer=answers.get(question_id),
        )
        for n, (question_id, option_ids) in enumerate(attempt.layout, start=1)
        if question_id in questions
    ]
