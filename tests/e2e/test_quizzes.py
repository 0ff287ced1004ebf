"""A learner fails a quiz, tries again and passes, using the keyboard; axe scans the pages."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from assessments.models import QuizKind
from learning import services as learning
from learning.models import StepCompletion
from tests.factories.courses import build_course
from tests.factories.quizzes import QuizPageFactory, make_question

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def quiz_page(site_catalogue, tenant):
    tree = build_course(site_catalogue, title="Quizkurs", modules=1, lessons=1)
    question = make_question(
        "single",
        "Hvilken fase kommer først?",
        [("Behovsavklaring", True), ("Kontrakt", False), ("Spredning", False)],
    )
    quiz = QuizPageFactory(
        parent=tree.modules[0],
        title="Avsluttende test",
        kind=QuizKind.FINAL,
        pass_mark=100,
        attempt_limit=3,
        questions=[question],
    )
    learning.enrolment_create(user=tenant.learner.user, course=tree.course)
    return quiz


def _blocking(page) -> list[str]:
    return [
        f"{v['id']}: {v['help']}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def _answer_with_keyboard(page, option_index: int) -> None:
    page.focus("input[type=radio]")
    for _ in range(option_index):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")


def test_fail_retry_pass_with_the_keyboard(page, tenant, quiz_page, log_in):
    log_in(tenant.learner.user.email)
    page.goto(quiz_page.url)
    assert _blocking(page) == []
    page.locator("main form button[type=submit]").first.click()
    assert _blocking(page) == []

    _answer_with_keyboard(page, 1)  # Kontrakt: wrong
    page.locator("button[name=action][value=submit]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "0 %" in page.locator("[role=status]").first.inner_text()
    assert _blocking(page) == []
    # A failed final test tells which answer was wrong and why, but not which one is right.
    review = page.locator(".spire-review-question").first
    assert "Forklaring" in review.inner_text()
    assert review.locator(".ds-tag").count() == 0
    assert page.get_by_test_id("right-answers-withheld").is_visible()
    assert not StepCompletion.objects.filter(step=quiz_page).exists()

    page.goto(quiz_page.url)
    page.locator("main form button[type=submit]").first.click()
    _answer_with_keyboard(page, 0)  # Behovsavklaring: right
    with page.expect_navigation():
        page.locator("button[name=action][value=submit]").click()
    assert "100 %" in page.locator("[role=status]").first.inner_text()
    right = page.locator(".spire-review-question li", has=page.locator(".ds-tag"))
    assert "Behovsavklaring" in right.inner_text()  # the right option is marked now
    assert StepCompletion.objects.filter(user=tenant.learner.user, step=quiz_page).exists()
