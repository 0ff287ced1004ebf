"""What a person does in the browser: sign up and land in their municipality, be invited."""

import re

import pytest
from django.core import mail

from organizations.models import Membership
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _link_in_last_mail(pattern: str) -> str:
    return re.search(pattern, mail.outbox[-1].body).group(1)


def test_sign_up_verify_and_land_in_the_municipality(page, tenant):
    page.goto("/")
    page.get_by_role("link", name="Opprett konto").first.click()
    page.fill("input[name=full_name]", "Nora Nyansatt")
    page.fill("input[name=email]", "nora@testvik.kommune.no")
    page.fill("input[name=password1]", "Et-langt-og-sikkert-passord-42")
    page.fill("input[name=password2]", "Et-langt-og-sikkert-passord-42")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/accounts/confirm-email/")

    confirm_path = _link_in_last_mail(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)")
    page.goto(confirm_path)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    page.goto("/profil/")
    assert page.get_by_text("Testvik kommune").first.is_visible()
    assert Membership.objects.get(user__email="nora@testvik.kommune.no").organization_id == (
        tenant.organization.pk
    )


def test_an_admin_invites_and_the_person_accepts(
    page, browser, live_server, tenant, log_in_with_mfa
):
    log_in_with_mfa(tenant.admin.user.email)
    page.goto("/organisasjon/invitasjoner/")
    page.fill("input[name=email]", "ny.kollega@example.org")
    page.check("input[name=is_lead]")
    page.get_by_role("button", name="Send invitasjon").click()
    assert page.get_by_text("ny.kollega@example.org").first.is_visible()

    accept_path = _link_in_last_mail(r"https?://[^/\s]+(/invitasjon/\S+/)")
    invitee = UserFactory(email="ny.kollega@example.org")
    context = browser.new_context(base_url=live_server.url)
    other = context.new_page()
    other.goto("/accounts/login/")
    other.fill("input[name=login]", invitee.email)
    other.fill("input[name=password]", "correct-horse-battery-staple")
    other.locator("main form button[type=submit]").click()
    other.goto(accept_path)
    other.get_by_role("button", name="Godta invitasjonen").click()
    other.wait_for_url("**/profil/")
    assert other.get_by_text("Testvik kommune").first.is_visible()
    context.close()
    assert Membership.objects.get(user=invitee).roles == ["learner", "lead"]
