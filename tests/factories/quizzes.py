"""Questions, quizzes and attempts for tests; forms and answers for the four-question quiz of
the `quiz` fixture (tests/conftest.py)."""

from django.utils import timezone

from assessments import services
from assessments.models import Attempt


def all_right_form(quiz) -> dict:
    """The attempt form with every question answered right, as the browser posts it."""
    single, multiple, numeric, ordering = quiz.questions
    order = ordering.options.order_by("sort_order").values_list("pk", flat=True)
    return {
        f"q-{single.pk}": single.options.get(is_correct=True).pk,
        f"q-{multiple.pk}": list(
            multiple.options.filter(is_correct=True).values_list("pk", flat=True)
        ),
        f"q-{numeric.pk}": "30",
        **{f"q-{ordering.pk}-{pk}": str(n) for n, pk in enumerate(order, start=1)},
    }


def answer_all_right(attempt, quiz):
    """Save the right answer to each of the quiz fixture's four questions in the attempt."""
    single, multiple, numeric, ordering = quiz.questions
    services.answer_save(
        attempt=attempt,
        question_id=single.pk,
        choices=[o.pk for o in single.options.filter(is_correct=True)],
    )
    services.answer_save(
        attempt=attempt,
        question_id=multiple.pk,
        choices=[o.pk for o in multiple.options.filter(is_correct=True)],
    )
    services.answer_save(attempt=attempt, question_id=numeric.pk, number="30")
    services.answer_save(
        attempt=attempt,
        question_id=ordering.pk,
        choices=[o.pk for o in ordering.options.order_by("sort_order")],
    )


def submitted_attempt(membership, quiz, percent, number=1):
    """A submitted attempt with its score set, without answers: for figures over attempts."""
    return Attempt.objects.create(
        user=membership.user,
        quiz=quiz,
        number=number,
        layout=[],
        submitted_at=timezone.now(),
        percent=percent,
        passed=percent >= quiz.pass_mark,
    )
