"""A lead assigns a course to a department; a learner there finds it on «Mine kurs» with its due
date and starts it. «Min side» keeps its cards side by side."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from organizations.models import Department
from tests.factories import PASSWORD, MembershipFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _blocking(page) -> list[str]:
    return [
        f"{v['id']}: {v['help']}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def test_a_department_assignment_reaches_mine_kurs_with_its_due_date(
    page, browser, live_server, tenant, course, log_in, log_in_with_mfa
):
    department = Department.objects.get(organization=tenant.organization)
    learner = MembershipFactory(organization=tenant.organization, department=department)
    due = timezone.localdate() + timedelta(days=21)

    log_in_with_mfa(tenant.lead.user.email)
    page.goto(reverse("learning:assignments"))
    page.get_by_label("Kurs", exact=True).select_option(label=course.course.title)
    page.get_by_label("Avdeling").select_option(label=department.name)
    page.get_by_label("Frist").fill(due.isoformat())
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()

    context = browser.new_context(base_url=live_server.url, locale="nb-NO")
    other = context.new_page()
    other.goto("/accounts/login/")
    other.fill("input[name=login]", learner.user.email)
    other.fill("input[name=password]", PASSWORD)
    other.locator("main form button[type=submit]").click()
    other.wait_for_load_state()
    other.goto(reverse("learning:my_courses"))
    other.set_viewport_size({"width": 1280, "height": 800})
    section = other.get_by_role("region", name="Tildelt deg")
    card = section.get_by_role("listitem").filter(has_text=course.course.title)
    with translation.override("nb"):
        assert card.get_by_text(date_format(due, "DATE_FORMAT")).is_visible()
    other.screenshot(path="/tmp/mine-kurs-assigned.png", full_page=True)
    assert _blocking(other) == []
    with other.expect_navigation():
        card.get_by_role("link", name=f"Start – {course.course.title}").click()
    assert other.url.endswith(course.course.url)
    context.close()


def test_the_cards_on_min_side_start_at_the_same_height(page, tenant, log_in):
    log_in(tenant.learner.user.email)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/profil/")
    tops = [
        page.get_by_role("region", name=name).bounding_box()["y"]
        for name in ("Mine organisasjoner", "Konto")
    ]
    page.screenshot(path="/tmp/min-side.png", full_page=True)
    assert _blocking(page) == []
    assert abs(tops[0] - tops[1]) < 1
