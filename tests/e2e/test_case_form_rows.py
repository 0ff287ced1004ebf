"""The case form adds a row in place: «Legg til en rad» copies an empty row in the browser and
counts it in the formset, so three phases are saved at once, without saving the draft first."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from cases.models import CasePage

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_member_adds_rows_in_place_and_saves_them_at_once(page, tenant, case_index, log_in):
    log_in(tenant.learner.user.email)
    page.goto("/mine-saker/ny/")
    page.fill("input[name=title]", "Sak med mange faser")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    case = CasePage.objects.get(title="Sak med mange faser")
    base = page.url.rsplit("/", 2)[0]
    page.goto(f"{base}/anskaffelsen/")

    formset = page.locator("#formset-phases")
    add = formset.locator("button[data-formset-add]")
    assert add.is_visible()
    assert not formset.locator("[data-formset-no-js]").is_visible()
    assert page.locator("select[name=phases-1-phase]").count() == 0
    add.click()
    add.click()
    assert page.locator("input[name=phases-TOTAL_FORMS]").input_value() == "3"
    # The new row takes the focus, so a keyboard user goes on typing in it.
    assert page.locator("select[name=phases-2-phase]").evaluate("e => e === document.activeElement")
    options = page.locator("select[name=phases-0-phase] option:not([value=''])")
    labels = [options.nth(n).inner_text() for n in range(3)]
    for n, label in enumerate(labels):
        page.select_option(f"select[name=phases-{n}-phase]", label=label)
    serious = [
        v["id"]
        for v in Axe().run(page).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    assert serious == []
    with page.expect_navigation():
        page.locator("button[name=action][value=save]").click()

    case.refresh_from_db()
    draft = case.get_latest_revision_as_object()
    assert sorted(p.phase.name for p in draft.phases.all()) == sorted(labels)
    assert page.csp_violations == []


def test_without_javascript_the_button_stays_hidden_and_the_hint_shows(
    browser, live_server, tenant, case_index, password
):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/accounts/login/")
    page.fill("input[name=login]", tenant.learner.user.email)
    page.fill("input[name=password]", password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    page.goto("/mine-saker/ny/")
    page.fill("input[name=title]", "Sak uten skript")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    base = page.url.rsplit("/", 2)[0]
    page.goto(f"{base}/anskaffelsen/")
    formset = page.locator("#formset-phases")
    assert not formset.locator("button[data-formset-add]").is_visible()
    assert formset.locator("[data-formset-no-js]").is_visible()
    context.close()
