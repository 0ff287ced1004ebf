"""A lead sets up totrinnsinnlogging in Chromium on the way to the dashboard: signed in with the
password a moment ago, they are asked only for a code sent by email, never for the password again;
after the authenticator app and the recovery codes they go on to the dashboard. Every page on the
way speaks of «totrinnsinnlogging» (not «tofaktor») and has no serious axe violations."""

import re

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DASHBOARD = "/organisasjon/oversikt/"


def _check(page, where: str, found: dict) -> None:
    """axe's serious and critical findings, and the wrong word, on this page."""
    text = page.locator("main").inner_text()
    problems = [
        f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes']][:3]}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    problems += re.findall(r"(?i)to-?faktor\w*", text)
    if problems:
        found[where] = problems


def test_a_lead_sets_up_totrinnsinnlogging_on_the_way_to_the_dashboard(page, tenant, log_in):
    found = {}
    log_in(tenant.lead.user.email)
    page.goto(DASHBOARD)
    _check(page, "mfa required", found)
    page.locator("main a.ds-button").click()

    # Not the password: a code by email.
    page.wait_for_url(re.compile(r"/accounts/reauthenticate/code/"))
    _check(page, "request code", found)
    mail.outbox.clear()
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/accounts/reauthenticate/code/confirm/"))
    _check(page, "confirm code", found)
    body = mail.outbox[-1].body  # the code stands on a line of its own, e.g. «CSNX-RZHG»
    code = re.search(r"^\s*([A-Z0-9-]{6,9})\s*$", body, re.MULTILINE).group(1)
    page.fill("input[name=code]", code)
    page.locator("main form button[type=submit]").first.click()

    page.wait_for_url(re.compile(r"/accounts/2fa/totp/activate/"))
    _check(page, "activate", found)
    secret = page.locator("#authenticator_secret").input_value()
    totp = format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))
    page.fill("input[name=code]", totp)
    page.locator("main form button[type=submit]").first.click()

    page.wait_for_url(re.compile(r"/accounts/2fa/recovery-codes/"))
    _check(page, "recovery codes", found)
    page.locator(f"main a[href='{DASHBOARD}']").click()
    page.wait_for_url(re.compile(DASHBOARD))
    expect(page.locator("h1").first).to_be_visible()
    assert "/accounts/" not in page.url  # no further code asked for

    page.goto("/accounts/2fa/")
    _check(page, "mfa index", found)

    # Next time, the second step at sign-in.
    page.context.clear_cookies()
    log_in(tenant.lead.user.email)
    page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))
    _check(page, "second step", found)
    assert found == {}
