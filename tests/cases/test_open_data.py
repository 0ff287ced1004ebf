"""Open data: the JSON API, the CSV export of a search and the Atom feed. They show only live,
public cases, filter like the search page, and cost the same queries at any size."""

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import pgettext
from wagtail.models import PageViewRestriction

from organizations.models import Organization, OrganizationKind
from tests.factories import OrganizationFactory
from tests.factories.cases import publish_case

pytestmark = pytest.mark.django_db

LIST_URL = reverse("cases:api_case_list")
ELSEWHERE = "https://data.example.org"  # another site whose scripts read the open data
ATOM = "{http://www.w3.org/2005/Atom}"


def detail_url(case) -> str:
    return reverse("cases:api_case_detail", args=[case.pk])


@pytest.fixture
def county(db):
    return OrganizationFactory(
        name="Vestland fylkeskommune", kind=OrganizationKind.COUNTY, official_number="46"
    )


@pytest.fixture
def cases(case_index, tenant, other_tenant, county):
    Organization.objects.filter(pk=tenant.organization.pk).update(
        county=county, official_number="4601", org_number="964338531"
    )
    tenant.organization.refresh_from_db()
    alarm = publish_case(
        case_index,
        title="Trygghetsalarmer for hele regionen",
        organizations=[tenant.organization, other_tenant.organization],
        lessons=["Felles kravspesifikasjon sparte hver kommune for månedsverk."],
        suppliers=["Alarmsentralen AS"],
        measured_effect=True,
        started_year=2016,
        cpv_codes="33000000-0",
        contract_value=12_000_000,
        contract_value_basis="awarded",
        contact_role="Innkjøpsavdelingen",
    )
    bygg = publish_case(
        case_index,
        title="Utslippsfri byggeplass",
        organizations=[other_tenant.organization],
        service_area="bygg-eiendom",
        status="avsluttet",
        procedure="comp-dial",
    )
    draft = publish_case(case_index, title="Hemmelig utkast", live=False)
    private = publish_case(case_index, title="Skjult sak", organizations=[tenant.organization])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    return {"alarm": alarm, "bygg": bygg, "draft": draft, "private": private}


def api_titles(response) -> list[str]:
    return [result["title"] for result in response.json()["results"]]


# --- JSON API ---------------------------------------------------------------------------------


def test_list_shows_live_public_cases_with_their_facts(client, cases, tenant):
    response = client.get(LIST_URL, headers={"Origin": ELSEWHERE})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cache-Control"] == "public, max-age=300"
    data = response.json()
    assert data["count"] == 2
    assert data["next"] is None and data["previous"] is None
    assert set(api_titles(response)) == {
        "Trygghetsalarmer for hele regionen",
        "Utslippsfri byggeplass",
    }
    alarm = next(r for r in data["results"] if r["id"] == cases["alarm"].pk)
    assert alarm["url"] == f"http://testserver{cases['alarm'].url}"
    assert alarm["service_area"] == {
        "slug": "helse-omsorg",
        "name": "Helse, omsorg og velferdsteknologi",
    }
    assert alarm["status"]["slug"] == "pagar"
    assert alarm["procedure"] == {
        "slug": "innovation",
        "name": "Innovasjonspartnerskap",
        "eforms_code": "innovation",
    }
    assert alarm["started_year"] == 2016
    assert alarm["first_published_at"] and alarm["last_published_at"]
    lead = alarm["buyers"][0]
    assert lead == {
        "name": "Testvik kommune",
        "role": "lead",
        "organization_number": "964338531",
        "municipality_number": "4601",
        "county": {"number": "46", "name": "Vestland fylkeskommune"},
    }
    assert alarm["buyers"][1]["role"] == "participant"


def test_list_pages(client, case_index):
    for n in range(5):
        publish_case(case_index, title=f"Sak {n}")
    first = client.get(LIST_URL, {"per_side": 2}).json()
    assert first["count"] == 5
    assert len(first["results"]) == 2
    assert first["previous"] is None
    assert first["next"].startswith("http://testserver/api/saker/?")
    second = client.get(first["next"]).json()
    assert second["previous"] and second["next"]
    third = client.get(second["next"]).json()
    assert len(third["results"]) == 1 and third["next"] is None
    seen = [r["id"] for page in (first, second, third) for r in page["results"]]
    assert len(set(seen)) == 5


def test_list_page_size_is_bounded(client, cases):
    assert client.get(LIST_URL, {"per_side": 101}).status_code == 400
    assert client.get(LIST_URL, {"per_side": 0}).status_code == 400
    assert client.get(LIST_URL, {"side": "x"}).status_code == 400
    assert client.get(LIST_URL, {"per_side": 100}).status_code == 200
    assert client.get(LIST_URL, {"side": 9}).status_code == 404


def test_list_filters_like_the_search_page(client, cases):
    assert api_titles(client.get(LIST_URL, {"omrade": "bygg-eiendom"})) == [
        "Utslippsfri byggeplass"
    ]
    assert api_titles(client.get(LIST_URL, {"fylke": "46"})) == [
        "Trygghetsalarmer for hele regionen"
    ]
    assert api_titles(client.get(LIST_URL, {"effekter": "ja", "felles": "ja"})) == [
        "Trygghetsalarmer for hele regionen"
    ]
    assert api_titles(client.get(LIST_URL, {"q": "Alarmsentralen"})) == [
        "Trygghetsalarmer for hele regionen"
    ]
    assert api_titles(client.get(LIST_URL, {"sort": "tittel"})) == [
        "Trygghetsalarmer for hele regionen",
        "Utslippsfri byggeplass",
    ]


def test_unknown_filter_values_are_an_error_naming_them(client, cases):
    response = client.get(
        LIST_URL,
        {"omrade": ["bygg-eiendom", "romfart"], "status": "tull"},
        headers={"Origin": ELSEWHERE},
    )
    assert response.status_code == 400
    assert response["Access-Control-Allow-Origin"] == "*"
    error = response.json()["error"]
    assert error["unknown_values"] == {"omrade": ["romfart"], "status": ["tull"]}
    assert "romfart" in error["message"] and "tull" in error["message"]


def test_unknown_parameters_and_sort_are_errors(client, cases):
    response = client.get(LIST_URL, {"omraade": "bygg-eiendom"})
    assert response.status_code == 400
    assert response.json()["error"]["unknown_parameters"] == ["omraade"]
    assert client.get(LIST_URL, {"sort": "pris"}).status_code == 400


def test_detail_has_everything_public(client, cases):
    alarm = cases["alarm"]
    response = client.get(detail_url(alarm), headers={"Origin": ELSEWHERE})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["id"] == alarm.pk
    assert data["need"] == "Behovet var stort."
    assert [p["slug"] for p in data["phases"]] == ["behovsavklaring", "markedsdialog"]
    assert set(data["phases"][0]) >= {"slug", "name", "started_on", "ended_on", "note"}
    assert data["effects"][0]["basis"] == "measured"
    assert data["effects"][0]["value"] == 1_000_000
    assert data["suppliers"] == [
        {"name": "Alarmsentralen AS", "organization_number": None, "is_sme": None}
    ]
    assert data["lessons"] == [
        {
            "text": "Felles kravspesifikasjon sparte hver kommune for månedsverk.",
            "tags": ["forankring"],
        }
    ]
    assert data["cpv_codes"] == ["33000000-0"]
    assert data["contract_value"] == 12_000_000
    assert data["contract_value_basis"] == "awarded"
    assert data["contact"] == {"role": "Innkjøpsavdelingen", "email": "postmottak@example.org"}
    assert data["documents"] == [] and data["sources"] == []
    assert "owner" not in data and "registered_by" not in str(data)


def test_detail_document_urls_are_absolute(client, cases):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from cases.models import CaseDocument

    document = get_document_model().objects.create(
        title="Konkurransegrunnlag", file=ContentFile(b"pdf", name="grunnlag.pdf")
    )
    page = cases["alarm"]
    page.documents = [CaseDocument(title="Konkurransegrunnlag", kind="tender", document=document)]
    page.save_revision().publish()
    data = client.get(detail_url(page)).json()
    assert data["documents"][0]["kind"] == "tender"
    assert data["documents"][0]["url"].startswith("http://testserver/dokumenter/")


def test_unpublished_private_and_missing_cases_are_404(client, cases):
    for case in (cases["draft"], cases["private"]):
        assert client.get(detail_url(case)).status_code == 404
    assert client.get(reverse("cases:api_case_detail", args=[999_999])).status_code == 404
    titles = api_titles(client.get(LIST_URL, {"per_side": 100}))
    assert "Hemmelig utkast" not in titles and "Skjult sak" not in titles


def test_api_is_read_only(client, cases):
    assert client.post(LIST_URL).status_code == 405


def _queries(client, url: str, params: dict) -> int:
    client.get(url, params)  # Wagtail caches the site's root paths on the first request
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured)


def test_list_and_export_cost_the_same_queries_at_any_size(
    client, case_index, tenant, other_tenant
):
    organizations = [tenant.organization, other_tenant.organization]
    for n in range(5):
        publish_case(case_index, title=f"Sak {n}", organizations=organizations)
    small = _queries(client, LIST_URL, {"per_side": 100})
    small_filtered = _queries(
        client, LIST_URL, {"per_side": 100, "q": "sak", "omrade": "helse-omsorg"}
    )
    for n in range(5, 40):
        publish_case(case_index, title=f"Sak {n}", organizations=organizations)
    assert _queries(client, LIST_URL, {"per_side": 100}) == small
    assert _queries(client, LIST_URL, {"per_side": 100, "q": "sak", "omrade": "helse-omsorg"}) == (
        small_filtered
    )
    assert len(client.get(LIST_URL, {"per_side": 100}).json()["results"]) == 40


# --- CSV export -------------------------------------------------------------------------------


def export(client, case_index, params=None):
    response = client.get(case_index.url + "eksport/", params or {})
    assert response.status_code == 200
    return response, b"".join(response.streaming_content)


def test_csv_has_a_bom_norwegian_headers_and_a_row_per_case(client, case_index, cases):
    response, body = export(client, case_index)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="spire-saker-{today}.csv"'
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][0] == pgettext("CSV column", "title")
    assert len(rows[0]) == 15
    by_title = {row[0]: row for row in rows[1:]}
    assert set(by_title) == {"Trygghetsalarmer for hele regionen", "Utslippsfri byggeplass"}
    alarm = by_title["Trygghetsalarmer for hele regionen"]
    assert alarm[1] == f"http://testserver{cases['alarm'].url}"
    assert alarm[3] == "Helse, omsorg og velferdsteknologi"
    assert alarm[7] == "2016"
    assert alarm[8] == "Testvik kommune"
    assert alarm[9] == "Testvik kommune; Andeby kommune"
    assert alarm[10] == "Vestland fylkeskommune"
    assert alarm[11] == "12000000"
    assert alarm[13] == "33000000-0"


def test_csv_exports_the_search(client, case_index, cases):
    _, body = export(client, case_index, {"omrade": "bygg-eiendom"})
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["Utslippsfri byggeplass"]


def test_csv_cells_cannot_run_as_formulas(client, case_index, tenant):
    publish_case(
        case_index,
        title='=HYPERLINK("http://evil.example","Klikk")',
        summary="+47 er landskoden",
        organizations=[tenant.organization],
    )
    publish_case(
        case_index, title="@SUM(A1)", summary="-fint-", organizations=[tenant.organization]
    )
    _, body = export(client, case_index, {"sort": "tittel"})
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))[1:]
    cells = [cell for row in rows for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert '\'=HYPERLINK("http://evil.example","Klikk")' in cells
    assert "'+47 er landskoden" in cells and "'@SUM(A1)" in cells and "'-fint-" in cells


def test_csv_never_has_unpublished_or_private_cases(client, case_index, cases):
    _, body = export(client, case_index, {"per_side": 100})
    text = body.decode("utf-8-sig")
    assert "Hemmelig utkast" not in text and "Skjult sak" not in text


def test_csv_reads_in_batches(case_index, tenant):
    from cases import selectors

    ids = [
        publish_case(case_index, title=f"Sak {n}", organizations=[tenant.organization]).pk
        for n in range(5)
    ]
    with CaptureQueriesContext(connection) as captured:
        rows = list(selectors.export_rows(ids, batch_size=2))
    assert [row["pk"] for row in rows] == ids
    assert len(captured) == 6  # three batches, two queries each
    assert rows[0]["buyers"] == [{"name": "Testvik kommune", "is_lead": True, "county": None}]


# --- Atom feed --------------------------------------------------------------------------------


def atom(response) -> ET.Element:
    return ET.fromstring(response.content)  # noqa: S314 - our own feed, not untrusted input


def test_feed_lists_cases_with_updated_dates(client, case_index, cases):
    response = client.get(case_index.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = atom(response)
    entries = root.findall(f"{ATOM}entry")
    titles = {entry.findtext(f"{ATOM}title") for entry in entries}
    assert titles == {"Trygghetsalarmer for hele regionen", "Utslippsfri byggeplass"}
    alarm = next(e for e in entries if e.findtext(f"{ATOM}title").startswith("Trygghet"))
    assert alarm.findtext(f"{ATOM}updated")
    assert alarm.findtext(f"{ATOM}published")
    assert alarm.find(f"{ATOM}link").get("href") == f"http://testserver{cases['alarm'].url}"
    assert alarm.findtext(f"{ATOM}author/{ATOM}name") == "Testvik kommune"
    assert alarm.findtext(f"{ATOM}summary") == "Sammendrag av Trygghetsalarmer for hele regionen."
    categories = {c.get("term") for c in alarm.findall(f"{ATOM}category")}
    assert categories == {"Helse, omsorg og velferdsteknologi", "Pågår"}


def test_feed_never_has_unpublished_or_private_cases(client, case_index, cases):
    content = client.get(case_index.url + "feed/").content.decode()
    assert "Hemmelig utkast" not in content and "Skjult sak" not in content


def test_feed_puts_the_latest_change_first(client, case_index, cases):
    cases["bygg"].save_revision().publish()  # updated after the alarm case
    cases["alarm"].refresh_from_db()
    cases["alarm"].save_revision().publish()
    root = atom(client.get(case_index.url + "feed/"))
    first = root.find(f"{ATOM}entry").findtext(f"{ATOM}title")
    assert first == "Trygghetsalarmer for hele regionen"


# --- Cross-origin reading (django-cors-headers) -------------------------------------------------


def test_the_export_and_feed_may_be_read_by_other_sites(client, case_index, cases):
    for url in (case_index.url + "eksport/", case_index.url + "feed/"):
        response = client.get(url, headers={"Origin": ELSEWHERE})
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "Access-Control-Allow-Credentials" not in response


def test_a_preflight_for_the_api_is_answered_for_reading_only(client):
    response = client.options(
        LIST_URL, headers={"Origin": ELSEWHERE, "Access-Control-Request-Method": "GET"}
    )
    assert response.status_code == 200
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_pages_that_are_not_open_data_answer_no_other_site(client, case_index, cases):
    for url in (case_index.url, "/", reverse("account_login")):
        response = client.get(url, headers={"Origin": ELSEWHERE})
        assert "Access-Control-Allow-Origin" not in response, url
