"""A lead opens a capacity survey round by clicking its button, with 30 departments listed."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse

from assessments.models import SurveyRound
from assessments.setup import survey_instrument_ensure
from tests.factories import DepartmentFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _blocking(page) -> list[str]:
    return [
        f"{v['id']}: {v['help']}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def test_clicking_the_button_opens_the_round_with_thirty_departments(page, tenant, log_in_with_mfa):
    survey_instrument_ensure()
    for n in range(29):  # the tenant has «Innkjøp» already
        DepartmentFactory(organization=tenant.organization, name=f"Seksjon for oppgave {n + 1:02d}")
    log_in_with_mfa(tenant.lead.user.email)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(reverse("assessments:survey_rounds"))
    assert page.locator("input[name=departments]").count() == 30
    page.fill("input[name=title]", "Høstrunden")
    button = page.get_by_role("button", name="Åpne runden og inviter")
    button.scroll_into_view_if_needed()
    box = button.bounding_box()
    page.screenshot(path="/tmp/survey-round-form.png", full_page=True)
    assert _blocking(page) == []
    # A real click at the centre of the button: whatever is drawn on top of it gets the click.
    with page.expect_navigation():
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert SurveyRound.objects.filter(organization=tenant.organization, title="Høstrunden").exists()
    assert page.locator("input[name=departments]:checked").count() == 0
