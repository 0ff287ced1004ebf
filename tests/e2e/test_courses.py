"""A learner takes a course to its certificate; an editor builds a lesson; axe scans."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from pypdf import PdfReader

from courses.models import LessonPage
from tests.factories.courses import build_course

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site_course(site_catalogue):
    return build_course(site_catalogue, title="Innovasjon for nybegynnere", modules=2, lessons=2)


def _percent(page) -> str:
    return page.locator(".spire-progress__text").first.inner_text()


def test_learner_completes_a_course_and_downloads_the_certificate(
    page, tenant, site_course, log_in
):
    log_in(tenant.learner.user.email)
    page.goto("/kurs/")
    page.get_by_role("link", name="Innovasjon for nybegynnere").click()
    page.get_by_role("button", name="Start kurset").click()
    for number in range(len(site_course.steps)):
        assert page.locator("h1").inner_text() == site_course.steps[number].title
        page.get_by_role("button", name="Marker som fullført og gå videre").click()
        page.wait_for_load_state()
        if number == 0:
            page.goto(site_course.course.url)
            assert _percent(page) == "25 %"
            page.get_by_role("link", name="Fortsett der du slapp").click()
    assert "100 %" in _percent(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Last ned kursbevis (PDF)").click()
    pdf = PdfReader(download.value.path())
    text = "".join(p.extract_text() for p in pdf.pages)
    assert tenant.learner.user.full_name in text
    assert "Innovasjon for nybegynnere" in text


@pytest.mark.parametrize("where", ["catalogue", "course", "lesson", "my_courses"])
def test_course_pages_have_no_serious_accessibility_violations(
    page, tenant, site_course, log_in, where
):
    log_in(tenant.learner.user.email)
    path = {
        "catalogue": "/kurs/",
        "course": site_course.course.url,
        "lesson": site_course.steps[0].url,
        "my_courses": "/mine-kurs/",
    }[where]
    page.goto(path)
    violations = [
        f"{v['id']}: {v['help']}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    assert violations == []


# Once in many runs under load, Wagtail's editor was not ready for typing; rerun such a run.
@pytest.mark.flaky(reruns=2)
def test_editor_creates_and_publishes_a_lesson_with_two_blocks(
    page, site_course, superuser, log_in_with_mfa
):
    log_in_with_mfa(superuser.email)
    module = site_course.modules[0]
    page.goto(f"/admin/pages/add/courses/lessonpage/{module.pk}/")
    page.fill("#id_title", "Ny leksjon fra redaktøren")
    # Each block must be on the page before the next is added below it: on a busy machine
    # "the last add button" could still be the one above the first block.
    for index, label in enumerate(("Overskrift", "Tekst")):
        page.locator("button.c-sf-add-button").last.click()
        page.get_by_role("option", name=label, exact=True).first.click()
        expect(page.locator(f"[name='body-{index}-type']")).to_have_count(1)
    heading = page.locator("input[name='body-0-value']")
    expect(heading).to_be_visible()
    heading.fill("Hva er nytt?")
    editor = page.locator(".public-DraftEditor-content")
    expect(editor).to_have_count(1)
    editor.click()
    page.keyboard.type("Dette er en helt ny leksjon.")
    expect(editor).to_contain_text("Dette er en helt ny leksjon.")
    # Draftail writes to the form field a moment after the keys: publish only once it has.
    expect(page.locator("input[name='body-1-value']")).to_have_value(re.compile("helt ny leksjon"))
    page.locator("footer button.w-dropdown__toggle").first.click()
    with page.expect_navigation():
        page.locator("footer button[name='action-publish']").click()
    assert "/add/" not in page.url, page.locator("main").inner_text()[:500]
    lesson = LessonPage.objects.get(title="Ny leksjon fra redaktøren")
    assert lesson.live
    assert [block.block_type for block in lesson.body] == ["heading", "paragraph"]
