"""A member answers a capacity survey round in the browser; axe scans the survey pages."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from assessments import services
from assessments.models import PendingSurveyResponse, SurveyParticipation
from assessments.setup import survey_instrument_ensure

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _blocking(page) -> list[str]:
    return [
        f"{v['id']}: {v['help']}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def test_a_member_answers_a_round_with_the_keyboard(page, tenant, log_in):
    survey_instrument_ensure()
    survey_round = services.survey_round_create(
        organization=tenant.organization,
        title="Vårrunden",
        opens_on=timezone.localdate(),
        closes_on=timezone.localdate() + timedelta(days=7),
        created_by=tenant.lead.user,
    )
    log_in(tenant.learner.user.email)
    page.goto("/profil/")
    page.get_by_role("link", name="Svar på undersøkelsen").click()
    assert _blocking(page) == []
    for radio in page.locator("fieldset input[type=radio][value='5']").all()[:14]:
        radio.focus()
        page.keyboard.press("Space")
    with page.expect_navigation():
        page.get_by_role("button", name="Send svarene mine").click()
    # The thanks page is the response to the submission: the answers are shown once, there.
    assert page.locator("table tbody tr").count() == 14
    assert _blocking(page) == []
    assert SurveyParticipation.objects.filter(round=survey_round).count() == 1
    # Fewer than five have answered: the answers wait, without the person, to be written out.
    assert len(PendingSurveyResponse.objects.get(round=survey_round).answers) == 14
