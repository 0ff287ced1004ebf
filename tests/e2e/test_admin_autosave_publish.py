"""An editor publishes a lesson in the Wagtail admin the moment after Wagtail's autosave stored
a draft (issue 14, defect 3): no «database is locked», no lost text — what was typed goes live."""

import json

import pytest
from playwright.sync_api import expect

from tests.factories.courses import build_course

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TYPED = "Skrevet rett før publisering."


@pytest.fixture
def lesson(site_catalogue):
    return build_course(site_catalogue, title="Autolagring", modules=1, lessons=1).steps[0]


def _is_autosave(response) -> bool:
    """Wagtail's autosave posts the edit form and asks for JSON; a publish posts it as a form."""
    request = response.request
    return (
        request.method == "POST"
        and "/edit/" in response.url
        and "application/json" in (request.headers.get("accept") or "")
    )


# Wagtail's editor is sometimes slow to be ready for typing on a busy machine.
@pytest.mark.flaky(reruns=2)
def test_editor_publishes_right_after_an_autosave(page, lesson, editor, log_in_with_mfa):
    log_in_with_mfa(editor.email)
    # Wagtail's form watcher takes its starting point two seconds after loading and says so
    # with «w-unsaved:watch-edits»; only edits after that are changes to autosave.
    page.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits', () => { window.spireWatching = true })"
    )
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    editor = page.locator(".public-DraftEditor-content")
    expect(editor).to_have_count(1)
    expect(page.locator("#w-autosave-indicator")).to_have_count(1)  # autosave is on

    page.evaluate(  # (wait_for_function would evaluate a string, which the admin's CSP forbids)
        """() => new Promise((resolve) => {
            const check = () => (window.spireWatching ? resolve() : setTimeout(check, 100));
            check();
        })"""
    )
    with page.expect_response(_is_autosave, timeout=15_000) as autosaved:
        editor.click()
        page.keyboard.press("Control+End")
        page.keyboard.type(f" {TYPED}")
    response = autosaved.value
    assert response.status == 200, response.text()[:500]
    assert json.loads(response.text())["success"] is True
    saved = page.locator("#w-autosave-indicator .w-autosave-indicator__state--saved")
    expect(saved).to_be_visible()  # the indicator says «Lagret»

    # At once: «Publiser».
    page.locator("footer button.w-dropdown__toggle").first.click()
    with page.expect_navigation() as published:
        page.locator("footer button[name='action-publish']").click()
    assert published.value.status < 500
    assert "/edit/" not in page.url, page.locator("main").inner_text()[:500]
    expect(page.locator(".messages")).to_contain_text("publisert")

    lesson.refresh_from_db()
    assert lesson.live and not lesson.has_unpublished_changes
    page.goto(lesson.url)
    expect(page.locator("main")).to_contain_text(TYPED)
