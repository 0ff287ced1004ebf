"""The case database in the browser: searching with facets works without JavaScript tricks,
and the search page and a case page pass axe-core with no serious or critical violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from organizations.models import OrganizationKind
from tests.factories import OrganizationFactory

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
def cases(db):
    """A few cases, one of them a joint procurement of many buyers with effects."""
    from cases.services import vocabularies_ensure
    from tests.factories.cases import case_index_ensure, publish_case

    vocabularies_ensure()  # transactional tests start from a flushed database
    index = case_index_ensure()
    county = OrganizationFactory(
        name="Vestfold fylkeskommune", kind=OrganizationKind.COUNTY, official_number="39"
    )
    buyers = [OrganizationFactory(name=f"Kommune {n:02d}", county=county) for n in range(12)]
    joint = publish_case(
        index,
        title="Elektronisk medisineringsstøtte",
        organizations=buyers,
        phases=("behovsavklaring", "markedsdialog", "konkurranse", "kontrakt"),
        suppliers=("Dignio AS",),
        measured_effect=True,
        started_year=2016,
        contract_value=12_000_000,
        contract_value_basis="awarded",
    )
    publish_case(index, title="Robot i drikkevannsbasseng", organizations=buyers[:1])
    publish_case(
        index,
        title="Fossilfri anleggsplass",
        organizations=buyers[1:2],
        service_area="klima-miljo",
        status="implementert",
    )
    return {"index": index, "joint": joint}


def test_choosing_facets_narrows_the_search_and_keeps_it_in_the_address(page, cases):
    page.goto(cases["index"].url)
    page.get_by_role("checkbox", name="Klima og miljø").check()
    page.locator(".spire-case-filters button[type=submit]").click()
    page.wait_for_url("**omrade=klima-miljo**")

    assert page.locator(".spire-case-card").count() == 1
    assert page.get_by_role("link", name="Fossilfri anleggsplass").is_visible()
    assert page.locator(".ds-chip").count() == 1
    assert page.csp_violations == []


def test_the_search_page_with_facets_has_no_serious_accessibility_violations(page, cases):
    page.goto(cases["index"].url + "?omrade=helse-omsorg&fylke=39&q=elektronisk")

    assert page.locator(".spire-case-card").count() == 1
    assert _blocking_violations(page) == []


def test_the_search_page_on_a_phone_has_no_serious_accessibility_violations(page, cases):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(cases["index"].url + "?omrade=helse-omsorg")

    filters = page.locator("details.spire-case-filters")
    assert filters.get_attribute("open") is None  # closed on a phone, open without JavaScript
    page.locator("details.spire-case-filters > summary").click()
    assert page.get_by_role("checkbox", name="Helse, omsorg og velferdsteknologi").is_checked()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert _blocking_violations(page) == []


def test_a_case_page_has_no_serious_accessibility_violations(page, cases):
    page.goto(cases["joint"].url)

    assert page.get_by_role("heading", level=1).inner_text() == "Elektronisk medisineringsstøtte"
    assert _blocking_violations(page) == []
    assert page.csp_violations == []
