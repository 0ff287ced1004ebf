"""Questions, quizzes and attempts for tests; forms and answers for the four-question quiz of
the `quiz` fixture (tests/conftest.py)."""

import factory
from django.utils import timezone

from assessments import services
from assessments.models import Attempt, Option, Question, QuizPage, QuizQuestion
from tests.factories.courses import PublishedPageFactory


class QuestionFactory(factory.django.DjangoModelFactory):
    """A question; ``options`` are given as (text, is_correct) pairs, in their order."""

    class Meta:
        model = Question
        skip_postgeneration_save = True

    text = "Spørsmål?"
    kind = "single"
    explanation = "Fordi det står i leksjonen."

    @factory.post_generation
    def options(question, create, extracted, **kwargs):
        for n, (text, correct) in enumerate(extracted or []):
            Option.objects.create(
                question=question,
                text=text,
                is_correct=correct,
                sort_order=n,
                feedback=f"Tilbakemelding {n}",
            )


def make_question(kind: str = "single", text: str = "Spørsmål?", options=None, **fields):
    """A question with options given as (text, is_correct) pairs."""
    return QuestionFactory(kind=kind, text=text, options=options, **fields)


class QuizPageFactory(PublishedPageFactory):
    """A quiz page with ``questions`` in their order (in the revision it is published from)."""

    class Meta:
        model = QuizPage

    class Params:
        questions = ()

    title = "Quiz"
    shuffle_options = False  # the options in the order the test gave them
    quiz_questions = factory.LazyAttribute(
        lambda quiz: [
            QuizQuestion(question=question, sort_order=n)
            for n, question in enumerate(quiz.questions)
        ]
    )


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
