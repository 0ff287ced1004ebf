"""The case search page: results and facets from the URL, friendly handling of any input, and
a query count that does not depend on the number of cases or of chosen facets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cases.models import CasePage
from organizations.models import OrganizationKind
from tests.factories import OrganizationFactory
from tests.factories.cases import publish_case

pytestmark = pytest.mark.django_db

EN: dict = {}  # the language comes from the switcher's cookie (see `english`)


@pytest.fixture(autouse=True)
def english(client, settings):
    """Pages in English, so the tests read the source strings whatever is translated."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


@pytest.fixture
def counties(db):
    return {
        "vestland": OrganizationFactory(
            name="Vestland fylkeskommune", kind=OrganizationKind.COUNTY, official_number="46"
        ),
        "agder": OrganizationFactory(
            name="Agder fylkeskommune", kind=OrganizationKind.COUNTY, official_number="42"
        ),
    }


@pytest.fixture
def buyers(counties):
    return {
        "bergen": OrganizationFactory(name="Bergen kommune", county=counties["vestland"]),
        "voss": OrganizationFactory(name="Voss kommune", county=counties["vestland"]),
        "arendal": OrganizationFactory(name="Arendal kommune", county=counties["agder"]),
    }


@pytest.fixture
def cases(case_index, buyers):
    return {
        "sensor": publish_case(
            case_index,
            title="Sensorer i sykehjem",
            organizations=[buyers["bergen"], buyers["voss"]],
            service_area="helse-omsorg",
            status="pagar",
        ),
        "skole": publish_case(
            case_index,
            title="Fremtidens skolebygg",
            organizations=[buyers["arendal"]],
            service_area="bygg-eiendom",
            status="implementert",
            procedure="comp-dial",
        ),
        "buss": publish_case(
            case_index,
            title="Utslippsfri buss",
            organizations=[buyers["bergen"]],
            service_area="samferdsel-transport",
            status="planlagt",
            procedure="open",
        ),
    }


def _get(client, case_index, query: str = "", **extra):
    return client.get(case_index.url + (f"?{query}" if query else ""), **EN, **extra)


def test_the_page_lists_the_cases_and_counts_the_facet_values(client, case_index, cases):
    response = _get(client, case_index)

    assert response.status_code == 200
    html = response.content.decode()
    for case in cases.values():
        assert case.title in html
    assert "3 cases" in html
    facets = {facet.key: facet for facet in response.context["search"].facets}
    areas = {value.value: value.count for value in facets["omrade"].values}
    assert areas == {"helse-omsorg": 1, "bygg-eiendom": 1, "samferdsel-transport": 1}
    counties = {value.label: value.count for value in facets["fylke"].values}
    assert counties == {"Vestland fylkeskommune": 2, "Agder fylkeskommune": 1}
    assert "Bergen kommune and 1 other" in html


def test_facets_combine_and_their_values_show_as_removable_tags(client, case_index, cases):
    response = _get(client, case_index, "fylke=46&omrade=helse-omsorg&omrade=samferdsel-transport")

    titles = [case.title for case in response.context["search"].page.object_list]
    assert sorted(titles) == ["Sensorer i sykehjem", "Utslippsfri buss"]

    response = _get(client, case_index, "fylke=46&status=planlagt")
    assert [case.title for case in response.context["search"].page.object_list] == [
        "Utslippsfri buss"
    ]
    html = response.content.decode()
    assert "Remove filter County: Vestland fylkeskommune" in html
    assert "checked" in html


def test_removing_a_tag_keeps_the_other_values_of_the_same_facet(client, case_index, cases):
    response = _get(client, case_index, "omrade=helse-omsorg&omrade=bygg-eiendom")

    tags = {f.label: f.remove_querystring for f in response.context["active_filters"]}
    assert "omrade=bygg-eiendom" in tags["Helse, omsorg og velferdsteknologi"]
    assert "helse-omsorg" not in tags["Helse, omsorg og velferdsteknologi"]


def test_unknown_facet_values_are_ignored_with_a_message(client, case_index, cases):
    response = _get(client, case_index, "omrade=finnes-ikke&status=pagar&fylke=99")

    assert response.status_code == 200
    html = response.content.decode()
    assert "«finnes-ikke», «99» do not exist and were ignored" in html
    assert [case.title for case in response.context["search"].page.object_list] == [
        "Sensorer i sykehjem"
    ]


@pytest.mark.parametrize(
    "query",
    [
        "q=" + "anskaffelse " * 1000,
        "q=%27%3B+DROP+TABLE+cases_casepage%3B+--",
        "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "side=abc",
        "side=99999",
        "side=-1&sort=%3Cb%3E",
        "omrade=" + "x" * 5000,
    ],
)
def test_any_input_gives_a_page_not_an_error(client, case_index, cases, query):
    response = _get(client, case_index, query)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert CasePage.objects.live().count() == 3


def test_a_long_search_is_shortened_and_the_person_is_told(client, case_index, cases):
    response = _get(client, case_index, "q=" + "a" * 10_000)

    assert response.status_code == 200
    assert "shortened to 200 characters" in response.content.decode()
    assert len(response.context["query"].text) == 200


def test_html_in_a_search_is_shown_as_text(client, case_index, cases):
    response = _get(client, case_index, "q=sensor+%3Cb%3Efet%3C%2Fb%3E")

    html = response.content.decode()
    assert "<b>fet" not in html


def test_a_page_past_the_end_shows_the_last_page(client, case_index, cases):
    response = _get(client, case_index, "side=99999")

    assert response.context["search"].page.number == 1
    assert len(response.context["search"].page.object_list) == 3


def test_pagination_links_keep_every_chosen_value(client, case_index, buyers, monkeypatch):
    from cases import selectors

    monkeypatch.setattr(selectors, "PAGE_SIZE", 2)
    monkeypatch.setattr(selectors.case_search, "__defaults__", (2,))
    for n in range(5):
        publish_case(case_index, title=f"Sak {n}", organizations=[buyers["bergen"]])

    response = _get(client, case_index, "omrade=helse-omsorg&omrade=bygg-eiendom")

    html = response.content.decode()
    assert "omrade=helse-omsorg&amp;omrade=bygg-eiendom&amp;sort=nyeste&amp;side=2" in html


def test_unpublished_and_restricted_cases_never_appear(client, case_index, cases, buyers):
    publish_case(case_index, title="Et utkast", organizations=[buyers["bergen"]], live=False)
    private = publish_case(case_index, title="En lukket sak", organizations=[buyers["bergen"]])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )

    for query in ["", "q=utkast", "q=lukket", "omrade=helse-omsorg", "sort=tittel"]:
        html = _get(client, case_index, query).content.decode()
        assert "Et utkast" not in html
        assert "En lukket sak" not in html
    assert "3 cases" in _get(client, case_index).content.decode()


def test_the_page_links_to_the_open_data_with_the_search(client, case_index, cases):
    html = _get(client, case_index, "omrade=helse-omsorg").content.decode()

    export = case_index.url + case_index.reverse_subpage("export")
    assert f"{export}?omrade=helse-omsorg&amp;sort=nyeste" in html
    assert 'type="application/atom+xml"' in html
    assert "/api/saker/?omrade=helse-omsorg" in html


def test_members_are_offered_to_share_a_case_and_leads_to_follow_areas(
    client, case_index, cases, tenant, login
):
    assert "/mine-saker/ny/" not in _get(client, case_index).content.decode()

    login(tenant.learner)
    html = _get(client, case_index).content.decode()
    assert "/mine-saker/ny/" in html
    assert "/folg-saker/" not in html

    login(tenant.lead)
    assert "/folg-saker/" in _get(client, case_index).content.decode()


def test_an_empty_search_says_what_to_try(client, case_index, cases):
    html = _get(client, case_index, "q=finnesikkeiheletatt").content.decode()

    assert "0 cases" in html
    assert "remove a filter" in html


def _query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **EN)
    assert response.status_code == 200
    return len(queries)


def test_the_query_count_does_not_grow_with_cases_or_chosen_facets(client, case_index, buyers):
    for n in range(5):
        publish_case(case_index, title=f"Sak {n}", organizations=[buyers["bergen"], buyers["voss"]])
    url = case_index.url
    _query_count(client, url)  # warm the site-root and header caches
    with_5 = _query_count(client, url)

    areas = ["helse-omsorg", "bygg-eiendom", "energi"]
    for n in range(35):
        publish_case(
            case_index,
            title=f"Flere {n}",
            organizations=list(buyers.values())[: 1 + n % 3],
            service_area=areas[n % 3],
            measured_effect=n % 2 == 0,
        )
    _query_count(client, url)  # publishing forgot the cached header links
    with_40 = _query_count(client, url)
    one_facet = _query_count(client, url + "?omrade=helse-omsorg")
    three_facets = _query_count(client, url + "?omrade=helse-omsorg&fylke=46&effekter=ja")

    assert with_5 == with_40, with_40
    assert one_facet == three_facets
