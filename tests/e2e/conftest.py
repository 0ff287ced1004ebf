"""Browser tests: Playwright drives Debian's Chromium against Django's live server."""

import os
import shutil
from io import StringIO

import pytest

from tests.chromium import CHROMIUM, launch_chromium

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make between
# browser steps are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    if shutil.which(CHROMIUM):
        return
    skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    for item in items:
        if "e2e" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nb-NO")
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.csp_violations = []
    page.on(
        "console",
        lambda m: (
            page.csp_violations.append(m.text) if "Content Security Policy" in m.text else None
        ),
    )
    yield page
    context.close()


@pytest.fixture
def log_in(page, password):
    def _log_in(email: str, secret: str = password):
        page.goto("/accounts/login/")
        page.fill("input[name=login]", email)
        page.fill("input[name=password]", secret)
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()

    return _log_in


@pytest.fixture
def log_in_with_mfa(page, log_in, password):
    """Sign in the real way for a privileged page: the password, then a code from the
    person's authenticator (set up here with a secret the test knows)."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import (
        TOTP,
        format_hotp_value,
        generate_totp_secret,
        hotp_value,
        yield_hotp_counters_from_time,
    )
    from django.contrib.auth import get_user_model

    def _log_in(email: str, secret: str = password, on=None):
        user = get_user_model().objects.get(email=email)
        Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
        totp_secret = generate_totp_secret()
        TOTP.activate(user, totp_secret)
        target = on or page
        target.goto("/accounts/login/")
        target.fill("input[name=login]", email)
        target.fill("input[name=password]", secret)
        target.locator("main form button[type=submit]").click()
        target.wait_for_load_state()
        code = format_hotp_value(hotp_value(totp_secret, next(yield_hotp_counters_from_time())))
        target.fill("input[name=code]", code)
        target.locator("input[name=code]").press("Enter")
        target.wait_for_load_state()
        assert "/accounts/2fa/" not in target.url, "the authenticator code was not accepted"

    return _log_in


@pytest.fixture
def site_catalogue(transactional_db):
    """The course catalogue an operator's `spire_setup` makes: a test builds the course it needs
    under it."""
    from django.core.management import call_command

    from courses.models import CourseIndexPage

    call_command("spire_setup", stdout=StringIO())
    return CourseIndexPage.objects.get()


@pytest.fixture
def superuser(transactional_db):
    """A superuser the test makes, not the demo's, signing in with the test password."""
    from tests.factories import UserFactory

    return UserFactory(email="superbruker@spire.test", is_staff=True, is_superuser=True)


@pytest.fixture
def editor(transactional_db):
    """An editor in the product's editors' group as `spire_setup` makes it, not the demo's."""
    from home.setup import editor_group_ensure
    from tests.factories import UserFactory

    user = UserFactory(email="redaktor@spire.test")
    user.groups.add(editor_group_ensure())
    return user
