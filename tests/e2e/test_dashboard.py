"""The dashboard in the browser: a lead signs in with a password and an authenticator code,
opens the dashboard, narrows it to a department, sees the capacity section and downloads an
export; the dashboard pages pass axe-core with no serious or critical violation."""

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from playwright.sync_api import expect

from dashboards.services import national_snapshot_refresh, snapshots_refresh
from learning.services import assignment_create, enrolment_create
from tests.e2e.test_cases_pages import _blocking_violations
from tests.factories import members
from tests.factories.quizzes import submitted_attempt
from tests.factories.surveys import answered_round

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


@pytest.fixture
def organization_with_figures(tenant, quiz):
    """Six people in the procurement department have taken the quiz, a survey round has
    closed with five answers, and the basic course is assigned."""
    from datetime import timedelta

    from django.utils import timezone

    department = tenant.admin.department
    for membership in members(tenant, 6, department=department):
        enrolment_create(user=membership.user, course=quiz.course)
        submitted_attempt(membership, quiz.quiz, 80)
    answered_round(tenant.organization, "Kapasitet høsten 2026", 5, people=5, days_ago=3)
    assignment_create(
        organization=tenant.organization,
        course=quiz.course,
        due_date=timezone.localdate() + timedelta(days=7),
        assigned_by=tenant.lead.user,
    )
    snapshots_refresh(tenant.organization)
    national_snapshot_refresh()
    return tenant


@pytest.fixture
def lead_secret(organization_with_figures):
    secret = generate_totp_secret()
    TOTP.activate(organization_with_figures.lead.user, secret)
    return secret


def _sign_in_with_code(page, log_in, email: str, secret: str) -> None:
    log_in(email)
    page.fill("input[name=code]", _current_code(secret))
    page.locator("input[name=code]").press("Enter")
    page.wait_for_load_state()


def test_a_lead_signs_in_with_mfa_filters_and_downloads(
    page, log_in, organization_with_figures, lead_secret
):
    tenant = organization_with_figures
    _sign_in_with_code(page, log_in, tenant.lead.user.email, lead_secret)

    page.goto("/organisasjon/oversikt/")
    assert "Oversikt" in page.get_by_role("heading", level=1).inner_text()
    page.get_by_label("Avdeling", exact=True).select_option(label="Innkjøp")
    page.get_by_role("button", name="Vis").click()
    page.wait_for_load_state()
    assert f"avdeling={tenant.admin.department.pk}" in page.url
    assert page.get_by_role("status").filter(has_text="Innkjøp").count() == 1

    capacity = page.locator("section[aria-labelledby=capacity-heading]")
    capacity.locator("summary").click()  # the section's tables open from their disclosure
    assert "Kapasitet høsten 2026" in capacity.inner_text()
    assert "5,00" in capacity.inner_text()

    page.get_by_role("link", name="Deltakelse", exact=True).click()  # opens the section
    with page.expect_download() as download:
        page.locator("#table-deltakelse-kurs").get_by_role("link", name="CSV").click()
    text = download.value.path().read_text(encoding="utf-8-sig")
    assert download.value.suggested_filename == "deltakelse-kurs.csv"
    assert "Testkurs;7;0" in text  # the department: its six quiz takers and the admin
    assert page.csp_violations == []


def test_the_dashboard_has_no_serious_accessibility_violations(
    page, log_in, organization_with_figures, lead_secret
):
    _sign_in_with_code(page, log_in, organization_with_figures.lead.user.email, lead_secret)
    page.goto("/organisasjon/oversikt/")
    assert _blocking_violations(page) == []
    page.set_viewport_size({"width": 375, "height": 800})
    page.reload()
    assert _blocking_violations(page) == []


def test_the_assignment_and_national_pages_have_no_serious_accessibility_violations(
    page, log_in, organization_with_figures, lead_secret
):
    from learning.models import Assignment

    tenant = organization_with_figures
    user = tenant.lead.user
    user.is_staff = True  # the same person is platform staff too, to reach the national page
    user.save(update_fields=["is_staff"])
    assignment = Assignment.objects.get(organization=tenant.organization)
    _sign_in_with_code(page, log_in, user.email, lead_secret)

    page.goto(f"/organisasjon/oversikt/oppdrag/{assignment.pk}/")
    assert page.get_by_role("heading", level=1).count() == 1
    assert _blocking_violations(page) == []
    page.goto("/nasjonalt/?sorter=medlemmer&retning=desc")
    assert "Testvik kommune" in page.locator("main").inner_text()
    assert _blocking_violations(page) == []
    assert page.csp_violations == []


@pytest.mark.parametrize("width, height", [(1280, 800), (375, 812)])
def test_the_key_figures_are_on_the_first_screen(
    page, log_in, organization_with_figures, lead_secret, width, height
):
    _sign_in_with_code(page, log_in, organization_with_figures.lead.user.email, lead_secret)
    page.set_viewport_size({"width": width, "height": height})
    page.goto("/organisasjon/oversikt/")

    values = page.locator(".spire-keyfigure__value")
    assert values.count() == 6
    for index in range(6):
        box = values.nth(index).bounding_box()
        assert box["y"] + box["height"] <= height, f"card {index} is below the first screen"
    labels = page.locator(".spire-keyfigure__label").all_inner_texts()
    assert labels[0] == "Medlemmer" and labels[-1] == "Realisert kapasitet"
    # A card leads to the section that explains it, and that section opens.
    page.locator(".spire-keyfigure__link").nth(3).click()
    disclosure = page.locator("section[aria-labelledby=assignments-heading] details")
    expect(disclosure).to_have_attribute("open", "")  # waits for the page's script
