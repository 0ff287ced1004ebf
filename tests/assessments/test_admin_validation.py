"""Editors get a validation error for questions that cannot be answered right and for quizzes
that draw more questions than their pool holds (the real Wagtail admin forms)."""

import pytest

from assessments.models import Question, QuizPage
from tests.factories.quizzes import make_question

pytestmark = pytest.mark.django_db


def _question_data(kind="single", correct=(True, False), **extra):
    data = {
        "text": "Hva er riktig?",
        "kind": kind,
        "scenario_type": "",
        "context": "",
        "case_url": "",
        "difficulty": "1",
        "explanation": "Forklaring.",
        "numeric_answer": "",
        "numeric_tolerance": "0",
        "unit": "",
        "tags": "",
        "options-TOTAL_FORMS": str(len(correct)),
        "options-INITIAL_FORMS": "0",
        "options-MIN_NUM_FORMS": "0",
        "options-MAX_NUM_FORMS": "1000",
    }
    for n, is_correct in enumerate(correct):
        data |= {
            f"options-{n}-text": f"Alternativ {n}",
            f"options-{n}-feedback": "",
            f"options-{n}-ORDER": str(n),
            f"options-{n}-id": "",
        }
        if is_correct:
            data[f"options-{n}-is_correct"] = "on"
    return data | extra


def _question_form(data):
    form_class = Question.get_edit_handler().get_form_class()
    return form_class(data, instance=Question(), for_user=None)


def test_a_valid_question_passes():
    form = _question_form(_question_data())
    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    ("kind", "correct"),
    [("single", (False, False)), ("multiple", (False, False, False)), ("single", (True, True))],
)
def test_questions_without_exactly_the_right_correct_options_are_refused(kind, correct):
    form = _question_form(_question_data(kind, correct))
    assert not form.is_valid()
    assert form.non_field_errors()


def test_numeric_question_needs_its_answer():
    form = _question_form(_question_data("numeric", ()))
    assert not form.is_valid()
    assert "numeric_answer" in form.errors


def test_quiz_drawing_more_than_its_pool_is_refused(course):
    for n in range(2):
        make_question("single", f"Q{n}", [("Ja", True), ("Nei", False)]).tags.add("liten")
    Question.objects.first().save()
    form_class = QuizPage.get_edit_handler().get_form_class()
    data = {
        "title": "Quiz",
        "slug": "quiz",
        "intro": "",
        "kind": "module",
        "draw_from_pool": "liten",
        "draw_count": "5",
        "pass_mark": "70",
        "attempt_limit": "3",
        "time_limit_minutes": "0",
        "quiz_questions-TOTAL_FORMS": "0",
        "quiz_questions-INITIAL_FORMS": "0",
        "quiz_questions-MIN_NUM_FORMS": "0",
        "quiz_questions-MAX_NUM_FORMS": "1000",
    }
    form = form_class(data, instance=QuizPage(), parent_page=course.modules[0], for_user=None)
    assert not form.is_valid()
    assert "draw_count" in form.errors
