"""A case's way from a member's draft to the search: the member fills in the steps in the
browser, an editor approves it in the Wagtail admin, and a learner finds it. Then axe-core on
the steps of the case form."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from cases import services
from cases.models import CasePage
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BLOCKING = {"serious", "critical"}
LESSON_WORD = "Kvernsteinsprinsippet"


def _blocking_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING
    ]


@pytest.fixture
def review_setup(case_index):
    from home.setup import editor_group_ensure

    services.case_review_workflow_ensure(case_index)
    editor = UserFactory(email="redaktor@example.org")
    editor.groups.add(editor_group_ensure())
    return editor


def _next(page):
    with page.expect_navigation():
        page.locator("button[name=action][value=next]").click()


def _start_case(page, title):
    page.goto("/mine-saker/ny/")
    page.fill("input[name=title]", title)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    return CasePage.objects.get(title=title)


def _fill_steps(page):
    page.fill("textarea[name=summary]", "Sensorer varsler nattevakten når en beboer trenger hjelp.")
    page.fill("textarea[name=need]", "Færre unødvendige tilsynsrunder om natten.")
    page.select_option("select[name=service_area]", label="Helse, omsorg og velferdsteknologi")
    page.select_option("select[name=status]", label="Pågår")
    page.fill("input[name=started_year]", "2022")
    page.fill("input[name=contact_email]", "postmottak@testvik.kommune.no")
    _next(page)
    page.select_option("select[name=phases-0-phase]", label="Markedsdialog")
    page.fill("input[name=cpv_codes]", "45000000-7")
    _next(page)
    page.fill(
        "textarea[name=lessons-0-text]",
        f"{LESSON_WORD}: involver nattevaktene før kravene skrives.",
    )
    _next(page)
    _next(page)  # documents: none


def _approve_in_admin(page, case):
    page.goto(f"/admin/pages/{case.pk}/edit/")
    approve = page.locator(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    ).first
    if not approve.is_visible():
        page.locator(
            "footer [data-w-dropdown-target=toggle], footer .dropdown-toggle"
        ).first.click()
    with page.expect_navigation():
        approve.click()


def test_a_submitted_case_is_approved_by_an_editor_and_found_by_a_learner(
    page, browser, live_server, tenant, other_tenant, review_setup, log_in, log_in_with_mfa
):
    log_in(tenant.learner.user.email)
    case = _start_case(page, "Digitalt nattilsyn i Testvik")
    _fill_steps(page)
    assert "/send-inn/" in page.url
    with page.expect_navigation():
        page.locator("main form.spire-case-send button[type=submit]").click()
    assert page.url.endswith("/mine-saker/")
    assert case.pk and CasePage.objects.get(pk=case.pk).current_workflow_state is not None

    editor_context = browser.new_context(base_url=live_server.url, locale="nb-NO")
    editor_page = editor_context.new_page()
    log_in_with_mfa(review_setup.email, on=editor_page)
    _approve_in_admin(editor_page, case)
    editor_context.close()
    assert CasePage.objects.get(pk=case.pk).live

    learner_context = browser.new_context(base_url=live_server.url, locale="nb-NO")
    learner = learner_context.new_page()
    learner.goto("/saker/")
    learner.fill("input[name=q]", LESSON_WORD)
    learner.check("input[name=omrade][value=helse-omsorg]")
    with learner.expect_navigation():
        learner.locator("#case-search button[type=submit]").click()
    assert "omrade=helse-omsorg" in learner.url
    assert learner.get_by_role("link", name="Digitalt nattilsyn i Testvik").first.is_visible()
    learner_context.close()


def test_the_case_form_has_no_serious_accessibility_violations(page, tenant, case_index, log_in):
    log_in(tenant.learner.user.email)
    _start_case(page, "Tilgjengelig sak")
    base = page.url.rsplit("/", 2)[0]
    for step in ("om-saken", "anskaffelsen", "resultater", "dokumenter", "send-inn"):
        page.goto(f"{base}/{step}/")
        assert _blocking_violations(page) == [], step

    # With errors: at the fields and in the summary at the top, which gets the focus.
    page.goto(f"{base}/anskaffelsen/")
    page.fill("input[name=cpv_codes]", "45000000-8")
    page.fill("input[name=contract_value]", "mange penger")
    with page.expect_navigation():
        page.locator("button[name=action][value=save]").click()
    assert page.locator(".ds-error-summary").evaluate("e => e === document.activeElement")
    assert page.locator("#id_cpv_codes[aria-invalid=true]").count() == 1
    assert _blocking_violations(page) == []
    page.goto(f"{base}/send-inn/")
    with page.expect_navigation():
        page.locator("main form.spire-case-send button[type=submit]").click()
    assert page.locator(".ds-error-summary").evaluate("e => e === document.activeElement")
    assert _blocking_violations(page) == []
    page.goto("/mine-saker/")
    assert _blocking_violations(page) == []
    assert page.csp_violations == []
