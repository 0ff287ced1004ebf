"""axe-core scans of the pages everyone meets first, and the Wagtail admin under our CSP."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BLOCKING = {"serious", "critical"}


def _blocking_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING
    ]


@pytest.fixture
def demo(settings):
    from django.core.management import call_command

    settings.DEBUG = True
    call_command("setup_demo", "--without-courses", verbosity=0)


def test_public_pages_have_no_serious_accessibility_violations(page, demo):
    """One test over the four pages: the demo they show is built once, not four times."""
    found = {}
    for path in ("/", "/accounts/signup/", "/accounts/login/", "/personvern/"):
        page.goto(path)
        found[path] = _blocking_violations(page)
    assert found == {path: [] for path in found}


@pytest.mark.parametrize(
    "path", ["/organisasjon/medlemmer/", "/organisasjon/invitasjoner/", "/profil/"]
)
def test_member_pages_have_no_serious_accessibility_violations(page, tenant, log_in_with_mfa, path):
    log_in_with_mfa(tenant.admin.user.email)
    page.goto(path)
    assert _blocking_violations(page) == []


def test_wagtail_admin_works_under_the_content_security_policy(
    page, demo, superuser, log_in_with_mfa
):
    log_in_with_mfa(superuser.email)
    page.goto("/admin/")
    assert page.locator("#main, main").first.is_visible()
    page.goto("/admin/organizations/?q=Bergen")
    page.get_by_role("link", name="Bergen").first.click()
    page.wait_for_selector("form")
    assert page.locator("input[name=name]").input_value() == "Bergen"
    page.goto("/admin/pages/")
    assert page.csp_violations == []
