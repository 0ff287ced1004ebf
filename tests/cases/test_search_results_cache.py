"""The search page's result list is rendered once per search and language and then served from
the cache without reading the cases; what depends on the person stays out of it, and any change
to what a result line shows makes it fresh."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases.selectors.search import BuyerSummary, buyer_summaries
from organizations.models import OrganizationKind
from tests.factories import OrganizationFactory
from tests.factories.cases import publish_case

pytestmark = pytest.mark.django_db


def _language(client, settings, code: str) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = code


@pytest.fixture(autouse=True)
def english(client, settings):
    _language(client, settings, "en")


@pytest.fixture
def vestland(db):
    return OrganizationFactory(
        name="Vestland fylkeskommune", kind=OrganizationKind.COUNTY, official_number="46"
    )


@pytest.fixture
def joint_case(case_index, vestland):
    bergen = OrganizationFactory(name="Bergen kommune", county=vestland)
    voss = OrganizationFactory(name="Voss kommune", county=vestland)
    return publish_case(
        case_index, title="Sensorer i sykehjem", organizations=[bergen, voss, vestland]
    )


def _sql(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured]


def test_a_repeated_search_shows_the_same_list_without_reading_the_cases(
    client, case_index, joint_case
):
    url = case_index.url + "?omrade=helse-omsorg"
    first = client.get(url).content.decode()

    queries = _sql(client, url)

    assert not [sql for sql in queries if "cases_caseparticipant" in sql]
    second = client.get(url).content.decode()
    assert second == first
    assert "Sensorer i sykehjem" in second
    assert "Bergen kommune and 2 others" in second


def test_the_cached_list_is_in_the_readers_language(client, settings, case_index, joint_case):
    english = client.get(case_index.url + "?q=sensorer").content.decode()
    _language(client, settings, "nb")
    norwegian = client.get(case_index.url + "?q=sensorer").content.decode()

    assert ">Newest<" in english
    assert ">Nyeste<" in norwegian
    assert ">Newest<" not in norwegian


def test_people_still_see_their_own_links_beside_a_cached_list(
    client, case_index, joint_case, tenant, login
):
    url = case_index.url + "?omrade=helse-omsorg"
    assert "/folg-saker/" not in client.get(url).content.decode()  # fills the cache

    login(tenant.lead)
    html = client.get(url).content.decode()
    assert "/folg-saker/" in html
    assert "/mine-saker/ny/" in html
    assert "Sensorer i sykehjem" in html

    client.logout()
    html = client.get(url).content.decode()
    assert "/folg-saker/" not in html
    assert "/mine-saker/ny/" not in html


def test_an_empty_search_offers_members_to_share_a_case(
    client, case_index, joint_case, tenant, login
):
    url = case_index.url + "?q=finnesikkeiheletatt"
    assert "/mine-saker/ny/" not in client.get(url).content.decode()

    login(tenant.learner)
    assert "/mine-saker/ny/" in client.get(url).content.decode()


def test_a_renamed_buyer_or_a_new_case_shows_at_once(client, case_index, joint_case):
    url = case_index.url + "?omrade=helse-omsorg"
    client.get(url)

    lead = joint_case.participants.get(organization__name="Bergen kommune").organization
    lead.name = "Bjørgvin kommune"
    lead.save()
    assert "Bjørgvin kommune and 2 others" in client.get(url).content.decode()

    publish_case(case_index, title="Ny sak om velferdsteknologi", organizations=[lead])
    assert "Ny sak om velferdsteknologi" in client.get(url).content.decode()


def test_a_result_line_names_the_lead_buyer_its_county_and_how_many_others(
    case_index, joint_case, vestland
):
    alone = publish_case(case_index, title="Fylkets egen sak", organizations=[vestland])
    without = publish_case(case_index, title="Uten kjøpere", organizations=[])

    summaries = buyer_summaries([joint_case.pk, alone.pk, without.pk])

    assert summaries[joint_case.pk] == BuyerSummary("Bergen kommune", "Vestland fylkeskommune", 2)
    assert summaries[alone.pk] == BuyerSummary(
        "Vestland fylkeskommune", "Vestland fylkeskommune", 0
    )
    assert without.pk not in summaries


def test_the_lead_buyer_is_named_even_when_listed_after_others(case_index, vestland):
    from cases.models import CaseParticipant, ParticipantRole

    case = publish_case(case_index, title="Felles", organizations=[vestland])
    voss = OrganizationFactory(name="Voss kommune", county=vestland)
    CaseParticipant.objects.filter(page=case).update(sort_order=5)
    CaseParticipant.objects.create(
        page=case, organization=voss, role=ParticipantRole.PARTICIPANT, sort_order=0
    )

    assert buyer_summaries([case.pk])[case.pk] == BuyerSummary(
        "Vestland fylkeskommune", "Vestland fylkeskommune", 1
    )


def test_each_host_gets_its_own_rendered_list(client, case_index, joint_case):
    # A page's link is absolute when its site is another host's, so lists are kept per host.
    url = case_index.url + "?omrade=helse-omsorg"
    client.get(url)

    with CaptureQueriesContext(connection) as captured:
        html = client.get(url, HTTP_HOST="annen.example.org").content.decode()

    assert [q for q in captured if "cases_caseparticipant" in q["sql"]]
    assert "Sensorer i sykehjem" in html
