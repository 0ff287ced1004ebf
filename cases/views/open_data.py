"""Open data: published cases as JSON, CSV and Atom, for anyone, without logging in.

Everything here reads through the same selectors as the search page, so the API, the export
and the feed show exactly the live, public cases the search shows, filtered the same way. The
API is strict about its parameters (a typo answers 400 rather than everything); the CSV export
is lenient like the search page it exports. Documented for users in docs/open-data.md."""

import csv
from collections.abc import Iterable, Iterator

from django.contrib.syndication.views import Feed
from django.core.paginator import InvalidPage
from django.http import HttpRequest, JsonResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_GET

from cases import selectors
from cases.models import CaseIndexPage, CasePage, CaseParticipant, ValueBasis
from core.numbers import MAX_ID, parse_positive_int
from core.ratelimit import Refusal, rate_limit
from core.spreadsheets import safe_cell
from organizations.models import OrganizationKind

API_PAGE_SIZE = 20
API_MAX_PAGE_SIZE = 100
API_PAGING = {"side", "per_side"}
API_PARAMETERS = {"q", "sort"} | API_PAGING | set(selectors.FACETS_BY_KEY)
API_CACHE_CONTROL = "public, max-age=300"
EXPORT_LIMIT = 10_000
FEED_SIZE = 50


# --- Links ------------------------------------------------------------------------------------


def _cases_base_url(request: HttpRequest, index: CaseIndexPage | None) -> str:
    """The absolute address of the case database. Every case lives directly under it, so a
    case's address is this plus its slug, with no query per case."""
    if index is None:
        return request.build_absolute_uri("/")
    return request.build_absolute_uri(index.get_url(request) or "/")


def _case_url(base_url: str, slug: str) -> str:
    return f"{base_url}{slug}/"


# --- JSON API ---------------------------------------------------------------------------------


class ApiError(Exception):
    def __init__(self, status: int, message: str, **details):
        super().__init__(message)
        self.status, self.message, self.details = status, message, details


def _api_response(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    if status == 200:
        response["Cache-Control"] = API_CACHE_CONTROL
    return response


def _api_error_response(error: ApiError) -> JsonResponse:
    return _api_response({"error": {"message": error.message, **error.details}}, error.status)


def _api_rate_limited(request: HttpRequest, refusal: Refusal) -> JsonResponse:
    return _api_error_response(
        ApiError(
            429,
            _("Too many requests. Try again in %(seconds)s seconds.")
            % {"seconds": refusal.retry_after},
            retry_after=refusal.retry_after,
        )
    )


def _positive_int(request: HttpRequest, name: str, default: int, maximum: int | None) -> int:
    raw = request.GET.get(name, "")
    if raw == "":
        return default
    number = parse_positive_int(raw, maximum=maximum or MAX_ID)
    if number is None:
        message = (
            _("The parameter “%(name)s” must be a whole number from 1 to %(maximum)s.")
            if maximum
            else _("The parameter “%(name)s” must be a whole number from 1 up.")
        )
        raise ApiError(400, message % {"name": name, "maximum": maximum}, parameter=name)
    return number


def _api_query(request: HttpRequest) -> tuple[selectors.CaseQuery, int]:
    """The search a request asks for, the way the search page reads it, and the page size.
    Raises ApiError for anything the search page would silently ignore."""
    unknown_parameters = sorted(set(request.GET) - API_PARAMETERS)
    if unknown_parameters:
        raise ApiError(
            400,
            _("Unknown parameters: %(names)s.") % {"names": ", ".join(unknown_parameters)},
            unknown_parameters=unknown_parameters,
        )
    sort = request.GET.get("sort", "")
    if sort and sort not in selectors.SORT_BY_SLUG:
        raise ApiError(
            400,
            _("Unknown sort order “%(sort)s”.") % {"sort": sort},
            allowed=sorted(selectors.SORT_BY_SLUG),
        )
    _positive_int(request, "side", 1, None)
    per_page = _positive_int(request, "per_side", API_PAGE_SIZE, API_MAX_PAGE_SIZE)
    query = selectors.CaseQuery.from_query(request.GET)
    unknown_values = {
        key: unknown
        for key in selectors.FACETS_BY_KEY
        if (unknown := [v for v in request.GET.getlist(key) if v not in query.chosen.get(key, [])])
    }
    if unknown_values:
        described = "; ".join(
            f"{key}={', '.join(values)}" for key, values in unknown_values.items()
        )
        raise ApiError(
            400,
            _("Unknown filter values: %(values)s.") % {"values": described},
            unknown_values=unknown_values,
        )
    return query, per_page


def _vocabulary(entry) -> dict | None:
    return None if entry is None else {"slug": entry.slug, "name": entry.name}


def _buyer(participant: CaseParticipant) -> dict:
    """A buyer as an organisation: never the people who work there."""
    organization = participant.organization
    county = organization if organization.kind == OrganizationKind.COUNTY else organization.county
    is_municipality = organization.kind == OrganizationKind.MUNICIPALITY
    return {
        "name": organization.name,
        "role": participant.role,
        "organization_number": organization.org_number or None,
        "municipality_number": (organization.official_number or None) if is_municipality else None,
        "county": {"number": county.official_number or None, "name": county.name}
        if county
        else None,
    }


def _case_summary(case: CasePage, base_url: str) -> dict:
    procedure = _vocabulary(case.procedure)
    if procedure is not None:
        procedure["eforms_code"] = case.procedure.eforms_code or None
    return {
        "id": case.pk,
        "title": case.title,
        "url": _case_url(base_url, case.slug),
        "summary": case.summary,
        "service_area": _vocabulary(case.service_area),
        "status": _vocabulary(case.status),
        "procedure": procedure,
        "innovation_type": _vocabulary(case.innovation_type),
        "started_year": case.started_year,
        "buyers": [_buyer(p) for p in case.participants.all()],
        "first_published_at": case.first_published_at,
        "last_published_at": case.last_published_at,
    }


def _case_detail(case: CasePage, base_url: str, request: HttpRequest) -> dict:
    """Everything public about a case. Who wrote or submitted it is never part of it."""
    return {
        **_case_summary(case, base_url),
        "need": case.need,
        "innovative_codes": [_vocabulary(c) for c in case.innovative_codes.all()],
        "market_dialogue_activities": [_vocabulary(a) for a in case.dialogue_activities.all()],
        "requirements_style": case.requirements_style or None,
        "phases": [
            {
                **_vocabulary(p.phase),
                "started_on": p.started_on,
                "ended_on": p.ended_on,
                "note": p.note,
            }
            for p in case.phases.all()
        ],
        "effects": [
            {
                "category": _vocabulary(e.category),
                "value": None if e.value is None else float(e.value),
                "unit": e.unit,
                "baseline": e.baseline,
                "basis": e.basis,
                "description": e.description,
                "source": e.source,
            }
            for e in case.effects.all()
        ],
        "suppliers": [
            {"name": s.name, "organization_number": s.org_number or None, "is_sme": s.is_sme}
            for s in case.suppliers.all()
        ],
        "lessons": [
            {"text": lesson.text, "tags": lesson.tag_list} for lesson in case.lessons.all()
        ],
        "documents": [
            {"title": d.title, "kind": d.kind, "url": request.build_absolute_uri(d.document.url)}
            for d in case.documents.all()
        ],
        "sources": [{"title": s.title, "url": s.url} for s in case.sources.all()],
        "cpv_codes": case.cpv_code_list,
        "contract_value": None if case.contract_value is None else int(case.contract_value),
        "contract_value_basis": case.contract_value_basis or None,
        "contact": {"role": case.contact_role, "email": case.contact_email},
        "last_verified": case.last_verified,
    }


def _page_link(request: HttpRequest, number: int) -> str:
    params = request.GET.copy()
    params["side"] = str(number)
    return f"{request.build_absolute_uri(request.path)}?{params.urlencode()}"


@require_GET
@rate_limit("case_api", respond=_api_rate_limited)
def api_case_list(request: HttpRequest) -> JsonResponse:
    """Live, public cases matching the same filters as the search page, one page at a time."""
    try:
        query, per_page = _api_query(request)
        try:
            page = selectors.open_data_page(query, per_page)
        except InvalidPage:
            raise ApiError(404, _("There is no page %(page)s.") % {"page": query.page}) from None
    except ApiError as error:
        return _api_error_response(error)
    base_url = _cases_base_url(request, selectors.case_index())
    return _api_response(
        {
            "count": page.paginator.count,
            "next": _page_link(request, page.next_page_number()) if page.has_next() else None,
            "previous": _page_link(request, page.previous_page_number())
            if page.has_previous()
            else None,
            "results": [_case_summary(case, base_url) for case in page.object_list],
        }
    )


@require_GET
def api_case_detail(request: HttpRequest, case_id: int) -> JsonResponse:
    case = selectors.open_data_case(case_id)
    if case is None:
        return _api_error_response(ApiError(404, _("No published case has this id.")))
    base_url = _cases_base_url(request, selectors.case_index())
    return _api_response(_case_detail(case, base_url, request))


# --- CSV export -------------------------------------------------------------------------------


def _export_headers() -> list[str]:
    return [
        pgettext("CSV column", "title"),
        pgettext("CSV column", "url"),
        pgettext("CSV column", "summary"),
        pgettext("CSV column", "service area"),
        pgettext("CSV column", "status"),
        pgettext("CSV column", "procedure"),
        pgettext("CSV column", "innovation type"),
        pgettext("CSV column", "year started"),
        pgettext("CSV column", "lead buyer"),
        pgettext("CSV column", "buyers"),
        pgettext("CSV column", "counties"),
        pgettext("CSV column", "contract value"),
        pgettext("CSV column", "value basis"),
        pgettext("CSV column", "CPV codes"),
        pgettext("CSV column", "last published"),
    ]


def _export_cells(row: dict, base_url: str) -> list:
    buyers = row["buyers"]
    lead = next((b["name"] for b in buyers if b["is_lead"]), "")
    counties = list(dict.fromkeys(b["county"] for b in buyers if b["county"]))
    basis = row["contract_value_basis"]
    published = row["last_published_at"]
    cells = [
        row["title"],
        _case_url(base_url, row["slug"]),
        row["summary"],
        row["service_area__name"],
        row["status__name"],
        row["procedure__name"],
        row["innovation_type__name"],
        row["started_year"],
        lead,
        "; ".join(b["name"] for b in buyers),
        "; ".join(counties),
        None if row["contract_value"] is None else int(row["contract_value"]),
        ValueBasis(basis).label if basis in ValueBasis.values else "",
        " ".join(row["cpv_codes"].split()),
        timezone.localtime(published).strftime("%Y-%m-%d %H:%M") if published else "",
    ]
    return [safe_cell(cell) for cell in cells]


class _Echo:
    """A file-like object whose write() hands the line back, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def _csv_chunks(rows: Iterable[dict], base_url: str, rows_per_chunk: int = 200) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(_export_headers())  # the BOM tells Excel it is UTF-8
    chunk = []
    for row in rows:
        chunk.append(writer.writerow(_export_cells(row, base_url)))
        if len(chunk) >= rows_per_chunk:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)


@rate_limit("case_export")
def case_search_csv(request: HttpRequest, index_page: CaseIndexPage) -> StreamingHttpResponse:
    """Every case matching a search (up to 10,000) as CSV, streamed in batches so memory stays
    flat however many rows there are. Reads the query string exactly as the search page does."""
    query = selectors.CaseQuery.from_query(request.GET)
    ids = selectors.case_ids_for_export(query, EXPORT_LIMIT)
    base_url = _cases_base_url(request, index_page)
    response = StreamingHttpResponse(
        _csv_chunks(selectors.export_rows(ids), base_url),
        content_type="text/csv; charset=utf-8",
    )
    filename = f"spire-saker-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- Atom feed --------------------------------------------------------------------------------


class CaseFeed(Feed):
    """New and updated cases, newest change first, for feed readers and other sites."""

    feed_type = Atom1Feed

    def __init__(self, index_page: CaseIndexPage):
        self.index_page = index_page
        self.base_url = ""

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = API_CACHE_CONTROL
        return response

    def get_object(self, request, *args, **kwargs) -> CaseIndexPage:
        self.base_url = _cases_base_url(request, self.index_page)
        return self.index_page

    def title(self, obj: CaseIndexPage) -> str:
        return _("%(site)s: new and updated cases") % {"site": obj.title}

    def subtitle(self, obj: CaseIndexPage) -> str:
        return _("Innovative public procurements shared on Spire.")

    def link(self, obj: CaseIndexPage) -> str:
        return self.base_url

    def items(self, obj: CaseIndexPage) -> list[CasePage]:
        return selectors.feed_cases(FEED_SIZE)

    def item_title(self, item: CasePage) -> str:
        return item.title

    def item_description(self, item: CasePage) -> str:
        return item.summary

    def item_link(self, item: CasePage) -> str:
        return _case_url(self.base_url, item.slug)

    def item_pubdate(self, item: CasePage):
        return item.first_published_at

    def item_updateddate(self, item: CasePage):
        return item.last_published_at

    def item_author_name(self, item: CasePage) -> str | None:
        return item.lead_buyers[0].organization.name if item.lead_buyers else None

    def item_categories(self, item: CasePage) -> list[str]:
        return [entry.name for entry in (item.service_area, item.status) if entry is not None]
