"""What reaches the browser: no hint of the right answer before submission; own attempts only."""

import re

import pytest
from django.urls import reverse

from assessments.models import Attempt
from learning import services as learning
from learning.models import StepCompletion
from tests.factories.quizzes import QuizPageFactory, all_right_form

pytestmark = pytest.mark.django_db


def test_the_served_quiz_has_no_hint_of_the_right_answers(client_in_attempt, quiz):
    client, attempt = client_in_attempt
    html = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    assert "Behovsavklaring" in html  # the options are there …
    for hint in ("correct", "is_correct", "Tilbakemelding", "Fordi det står", "Riktig"):
        assert hint not in html  # … but nothing tells which is right, no feedback, no explanation
    numeric = html.split('name="q-')[3].split("</fieldset>")[0]
    # The numeric answer (30) is absent; ids in name/id/for attributes may contain "30".
    numeric = re.sub(r'\b(name|id|for|aria-[a-z]+)="[^"]*"', "", numeric)
    assert not re.search(r"\b30\b", numeric)


def test_answers_survive_a_reload_and_a_right_submission_passes(client_in_attempt, quiz):
    client, attempt = client_in_attempt
    single, multiple, numeric, ordering = quiz.questions
    url = reverse("assessments:attempt", args=[attempt.pk])
    right_single = single.options.get(is_correct=True).pk
    client.post(
        reverse("assessments:autosave", args=[attempt.pk]),
        {"question": single.pk, f"q-{single.pk}": right_single},
    )
    assert f'value="{right_single}" checked' in client.get(url).content.decode()
    order = list(ordering.options.order_by("sort_order").values_list("pk", flat=True))
    data = {
        "action": "submit",
        f"q-{single.pk}": right_single,
        f"q-{multiple.pk}": list(
            multiple.options.filter(is_correct=True).values_list("pk", flat=True)
        ),
        f"q-{numeric.pk}": "30",
        **{f"q-{ordering.pk}-{pk}": str(n) for n, pk in enumerate(order, start=1)},
    }
    response = client.post(url, data)
    assert response.url == reverse("assessments:review", args=[attempt.pk])
    review = client.get(response.url).content.decode()
    assert "100 %" in review and "Fordi det står i leksjonen." in review
    assert StepCompletion.objects.filter(step=quiz.quiz).exists()


def test_an_unknown_option_gets_a_message_and_nothing_is_stored(client_in_attempt, quiz):
    client, attempt = client_in_attempt
    single = quiz.questions[0]
    response = client.post(
        reverse("assessments:attempt", args=[attempt.pk]),
        {"action": "submit", f"q-{single.pk}": "999999"},
    )
    assert response.status_code == 400
    assert not attempt.answers.exists()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_another_persons_attempt_answers_404(client_in_attempt, login, tenant):
    _client, attempt = client_in_attempt
    other = login(tenant.lead)
    for name in ("assessments:attempt", "assessments:review"):
        assert other.get(reverse(name, args=[attempt.pk])).status_code == 404
    assert other.post(reverse("assessments:autosave", args=[attempt.pk])).status_code == 404


def test_one_bad_answer_gets_a_message_and_the_others_are_kept(client_in_attempt, quiz):
    client, attempt = client_in_attempt
    numeric = quiz.questions[2]
    form = {**all_right_form(quiz), f"q-{numeric.pk}": "tretti", "action": "submit"}
    response = client.post(reverse("assessments:attempt", args=[attempt.pk]), form)
    assert response.status_code == 400
    assert "Skriv et tall" in response.content.decode()
    assert set(attempt.answers.values_list("question_id", flat=True)) == {
        q.pk for q in quiz.questions if q != numeric
    }
    attempt.refresh_from_db()
    assert attempt.submitted_at is None  # not graded with an answer missing by mistake


def test_saving_four_answers_costs_the_queries_of_one(client_in_attempt, quiz):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client, attempt = client_in_attempt
    url = reverse("assessments:attempt", args=[attempt.pk])
    every_answer = all_right_form(quiz)
    one_answer = dict(list(every_answer.items())[:1])
    counts = []
    for form in (one_answer, every_answer):
        with CaptureQueriesContext(connection) as queries:
            assert client.post(url, form).status_code == 302
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert attempt.answers.count() == 4


def _submit_empty(client, quiz_page):
    client.post(reverse("assessments:start", args=[quiz_page.pk]))
    attempt = Attempt.objects.filter(quiz=quiz_page).latest("pk")
    client.post(reverse("assessments:attempt", args=[attempt.pk]), {"action": "submit"})
    return client.get(reverse("assessments:review", args=[attempt.pk])).content.decode()


def _review_of_failed_attempt(client, attempt) -> str:
    client.post(reverse("assessments:attempt", args=[attempt.pk]), {"action": "submit"})
    return client.get(reverse("assessments:review", args=[attempt.pk])).content.decode()


def _onward_links(html: str) -> list[str]:
    nav = html.split("data-next-step>")[1].split("</nav>")[0]
    return re.findall(r'<a [^>]*href="([^"]+)"', nav)


def test_the_review_leads_on_to_the_next_step(client_in_attempt, quiz):
    client, attempt = client_in_attempt
    client.post(reverse("assessments:attempt", args=[attempt.pk]), {"action": "submit"})
    review = client.get(reverse("assessments:review", args=[attempt.pk])).content.decode()
    # The quiz closes module 1; the next step is the first lesson of module 2.
    assert quiz.steps[2].url in _onward_links(review)
    # The quiz page itself has the same «Neste» as a lesson.
    assert quiz.steps[2].url in _onward_links(client.get(quiz.quiz.url).content.decode())


def test_the_review_of_the_last_step_leads_to_the_course_page(login, tenant, quiz):
    last = QuizPageFactory(
        parent=quiz.modules[-1], title="Sluttest", pass_mark=50, questions=quiz.questions[:1]
    )
    learning.enrolment_create(user=tenant.learner.user, course=quiz.course)
    review = _submit_empty(login(tenant.learner), last)
    assert _onward_links(review) == [quiz.course.url]


def _questions_part(html: str) -> str:
    return html[html.index('class="ds-card spire-stack spire-review-question"') :]


def _names_right_answers(html: str, quiz) -> bool:
    """Whether the review HTML marks or names a right option, number or order."""
    questions = _questions_part(html)
    ordering = quiz.questions[3]
    right_order = "".join(f"<li>{o.text}</li>" for o in ordering.options.order_by("sort_order"))
    numeric = questions.split('id="rq-')[3].split("</section>")[0]
    numeric = re.sub(r'\b(name|id|for|aria-[a-z]+)="[^"]*"', "", numeric)
    return (
        'class="ds-tag"' in questions  # the «Right» mark on an option
        or "Tilbakemelding 0" in questions  # feedback of a right option nobody chose
        or right_order in questions.replace("\n", "")
        or bool(re.search(r"\b30\b", numeric))
    )


@pytest.mark.parametrize("kind", ["final", "module"])
def test_a_failed_graded_attempt_does_not_show_the_right_answers(client_in_attempt, quiz, kind):
    quiz.quiz.kind = kind  # a final test, or a module quiz with a pass mark: both graded
    quiz.quiz.save()
    client, attempt = client_in_attempt
    html = _review_of_failed_attempt(client, attempt)
    assert "Fordi det står i leksjonen." in html  # the explanations are there …
    assert not _names_right_answers(html, quiz)  # … the right answers are not
    assert 'data-testid="right-answers-withheld"' in html


def test_the_right_answers_are_shown_after_passing(client_in_attempt, quiz):
    client, attempt = client_in_attempt
    assert not _names_right_answers(_review_of_failed_attempt(client, attempt), quiz)
    client.post(reverse("assessments:start", args=[quiz.quiz.pk]))
    second = Attempt.objects.get(number=2)
    url = reverse("assessments:attempt", args=[second.pk])
    client.post(url, {**all_right_form(quiz), "action": "submit"})
    for shown in (second, attempt):  # the earlier attempt's review now shows them too
        html = client.get(reverse("assessments:review", args=[shown.pk])).content.decode()
        assert _names_right_answers(html, quiz)
        assert 'data-testid="right-answers-withheld"' not in html


def test_the_right_answers_are_shown_when_the_attempts_are_used(client_in_attempt, quiz):
    client, attempt = client_in_attempt
    _review_of_failed_attempt(client, attempt)
    client.post(reverse("assessments:start", args=[quiz.quiz.pk]))
    last = Attempt.objects.get(number=2)  # the fixture allows two
    assert _names_right_answers(_review_of_failed_attempt(client, last), quiz)


def test_the_editor_can_show_them_after_each_attempt_or_never(client_in_attempt, quiz):
    from assessments.models import RightAnswers

    client, attempt = client_in_attempt
    quiz.quiz.right_answers = RightAnswers.AFTER_EACH_ATTEMPT
    quiz.quiz.save()
    assert _names_right_answers(_review_of_failed_attempt(client, attempt), quiz)
    quiz.quiz.right_answers = RightAnswers.NEVER
    quiz.quiz.save()
    client.post(reverse("assessments:start", args=[quiz.quiz.pk]))
    last = Attempt.objects.get(number=2)
    assert not _names_right_answers(_review_of_failed_attempt(client, last), quiz)
