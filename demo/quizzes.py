"""Demo quizzes: the question bank from demo/content/questions.py, a quiz after each module
and a final test in each starter course, and demo learners' attempts through the real services."""

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
from demo.content.questions import QUESTIONS


def _question_ensure(data: dict) -> Question:
    question = Question.objects.filter(key=data["key"]).first()
    if question:
        return question
    kind = data["type"]
    question = Question.objects.create(
        key=data["key"],
        text=data["text"],
        kind=kind,
        scenario_type=data.get("inner_type", "") if kind == "scenario" else "",
        context=data.get("context", ""),
        difficulty=data.get("difficulty", 1),
        explanation=data["explanation"],
        numeric_answer=Decimal(str(data["answer"])) if "answer" in data else None,
        numeric_tolerance=Decimal(str(data.get("tolerance", 0))),
        unit=data.get("unit", ""),
    )
    Option.objects.bulk_create(
        Option(
            question=question,
            text=option["text"],
            # Ordering items are listed in their right order; position, not a flag, is graded.
            is_correct=option.get("correct", False) and kind != "ordering",
            feedback=option.get("feedback", ""),
            sort_order=n,
        )
        for n, option in enumerate(data["options"])
    )
    question.phases.set(ProcurementPhase.objects.filter(slug__in=data.get("phases", [])))
    question.topics.set(Topic.objects.filter(slug__in=data.get("topics", [])))
    question.tags.add(data["course"])
    question.save()
    return question


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
    questions = [_question_ensure(data) for data in QUESTIONS]
    by_place = {}
    for data, question in zip(QUESTIONS, questions, strict=True):
        by_place.setdefault((data["course"], data["module"]), []).append(question)
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
        final = by_place.get((course.slug, 0), [])
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
    return len(questions)


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
