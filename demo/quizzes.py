"""Demo quizzes: the question bank from the demo courses' quiz.yaml and final-test.yaml files
(demo/content/README.md), a quiz after each module and a final test in each starter course, and
demo learners' attempts through the real services."""

from decimal import Decimal

from django.db import transaction

from assessments import services as quiz_services
from assessments.models import (
    Option,
    Question,
    QuizKind,
    QuizPage,
    QuizQuestion,
    RightAnswers,
)
from cases.models import ProcurementPhase
from courses.models import CoursePage, ModulePage, Topic
from demo import content_files
from demo.schema import QuestionData

FINAL_TEST = 0  # the place of a course's final-test questions, after its modules 1, 2, …


def _question_ensure(data: QuestionData, course_slug: str) -> Question:
    question = Question.objects.filter(key=data.key).first()
    if question:
        return question
    kind = data.type
    question = Question.objects.create(
        key=data.key,
        text=data.text,
        kind=kind,
        scenario_type=data.inner_type if kind == "scenario" else "",
        context=data.context,
        difficulty=data.difficulty,
        explanation=data.explanation,
        numeric_answer=Decimal(str(data.answer)) if data.answer is not None else None,
        numeric_tolerance=Decimal(str(data.tolerance)),
        unit=data.unit,
    )
    Option.objects.bulk_create(
        Option(
            question=question,
            text=option.text,
            # Ordering items are listed in their right order; position, not a flag, is graded.
            is_correct=option.correct and kind != "ordering",
            feedback=option.feedback,
            sort_order=n,
        )
        for n, option in enumerate(data.options)
    )
    question.phases.set(ProcurementPhase.objects.filter(slug__in=data.phases))
    question.topics.set(Topic.objects.filter(slug__in=data.topics))
    question.tags.add(course_slug)
    question.save()
    return question


def _question_places() -> list[tuple[str, int, QuestionData]]:
    """(course slug, module number or FINAL_TEST, question) for every demo question, each
    course's module quizzes first and its final test last."""
    places = []
    for course in content_files.courses():
        for number, module in enumerate(course.modules, start=1):
            places += [(course.slug, number, question) for question in module.questions]
        places += [(course.slug, FINAL_TEST, question) for question in course.final_test]
    return places


def _quiz_add(module: ModulePage, questions: list[Question], **fields) -> QuizPage:
    quiz = QuizPage(**{"attempt_limit": 3, **fields})
    module.add_child(instance=quiz)
    QuizQuestion.objects.bulk_create(
        QuizQuestion(quiz=quiz, question=q, sort_order=n) for n, q in enumerate(questions)
    )
    quiz.save_revision().publish()
    return quiz


def _has_quiz(page, kind: str) -> bool:
    return QuizPage.objects.filter(kind=kind, path__startswith=page.path).exists()


@transaction.atomic
def demo_quizzes_ensure(courses: list[CoursePage]) -> int:
    """A quiz after each module, a final test at the end and a pre-test at the start."""
    by_place: dict[tuple[str, int], list[Question]] = {}
    for course_slug, place, data in _question_places():
        question = _question_ensure(data, course_slug)
        by_place.setdefault((course_slug, place), []).append(question)
    intro = (
        "Sjekk hva du har lært. Du får se forklaringen på hvert spørsmål etter at du har levert."
    )
    for course in courses:
        modules = list(ModulePage.objects.child_of(course).order_by("path"))
        for number, module in enumerate(modules, start=1):
            module_questions = by_place.get((course.slug, number), [])
            if module_questions and not _has_quiz(module, QuizKind.MODULE):
                _quiz_add(
                    module,
                    module_questions,
                    title=f"Quiz: {module.title}",
                    kind=QuizKind.MODULE,
                    pass_mark=70,
                    intro=intro,
                )
        final = by_place.get((course.slug, FINAL_TEST), [])
        if not (modules and final):
            continue
        if not _has_quiz(course, QuizKind.FINAL):
            # Each attempt draws afresh from all the course's questions, and the right answers
            # wait until the learner has passed or used the attempts: no passing by copying.
            _quiz_add(
                modules[-1],
                [],
                title="Avsluttende test",
                kind=QuizKind.FINAL,
                pass_mark=75,
                draw_from_pool=course.slug,
                draw_count=len(final),
                right_answers=RightAnswers.AFTER_PASSING,
                intro="Test deg selv på hele kurset.",
            )
        if not _has_quiz(course, QuizKind.PRETEST):
            pretest = _quiz_add(
                modules[0],
                final,
                title="Forhåndstest",
                kind=QuizKind.PRETEST,
                pass_mark=0,  # it measures where you start; any result completes the step
                attempt_limit=1,
                right_answers=RightAnswers.NEVER,  # it asks the final test's questions
                intro="Hva kan du før kurset? Resultatet teller ikke, men viser hvor mye du lærer.",
            )
            pretest.move(modules[0].get_first_child(), pos="left")
    return sum(len(questions) for questions in by_place.values())


def take_quiz_right(user, quiz: QuizPage) -> None:
    """A demo learner answers and submits through the real services: everything right, except
    on a pre-test, where they know about half, so the final test shows what they gained."""
    attempt = quiz_services.attempt_start(user=user, quiz=quiz)
    known = len(attempt.layout) // 2 if quiz.kind == QuizKind.PRETEST else len(attempt.layout)
    for question_id, option_ids in attempt.layout[:known]:
        question = Question.objects.get(pk=question_id)
        if question.answer_type == "numeric":
            quiz_services.answer_save(
                attempt=attempt, question_id=question_id, number=question.numeric_answer
            )
        elif question.answer_type == "ordering":
            right = list(question.options.order_by("sort_order").values_list("pk", flat=True))
            quiz_services.answer_save(attempt=attempt, question_id=question_id, choices=right)
        else:
            right = [pk for pk in option_ids if Option.objects.get(pk=pk).is_correct]
            if question.answer_type != "multiple":
                right = right[:1]
            quiz_services.answer_save(attempt=attempt, question_id=question_id, choices=right)
    quiz_services.attempt_submit(attempt=attempt, user=user)
