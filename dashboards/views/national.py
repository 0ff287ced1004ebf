"""The national picture for platform staff, and its CSV export. Views stay thin: check who
asks, read the sort and county filter, call the selector, render."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from assessments.scoring import MIN_GROUP_SIZE
from assessments.selectors import dimension_names
from core.numbers import parse_id
from core.ratelimit import rate_limit
from dashboards.exports import table_csv_response
from dashboards.selectors.national import MIN_ORGANIZATIONS, NationalPicture
from dashboards.selectors.snapshots import stored_national
from dashboards.services import national_snapshot_refresh
from dashboards.tables import Table
from dashboards.tables.national import DEFAULT_SORT, national_tables, organization_sort_keys
from dashboards.templatetags.dashboard_tables import display_rows
from organizations.access import mfa_step_response


def staff_access(view: Callable) -> Callable:
    """Only platform staff (Django ``is_staff``), in a session that passed MFA, as for leads
    (organizations.access.mfa_step_response): the page shows every organisation's figures.
    Anyone else signed in gets 404: the page is no secret, but nobody else has a use for it,
    and 404 is what the rest of the site answers for things outside a person's reach."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_staff:
            raise Http404
        refusal = mfa_step_response(request)
        if refusal is not None:
            return refusal
        return view(request, *args, **kwargs)

    return wrapper


@dataclass(frozen=True)
class NationalFilters:
    sort: str  # a key of organization_sort_keys()
    descending: bool
    county_id: int | None
    unknown_county: bool  # ?fylke= named no county on the page, so it was ignored

    def query(self, **changes) -> str:
        """The query string for these filters with ``changes`` applied."""
        values = {
            "sorter": self.sort,
            "retning": "desc" if self.descending else "asc",
            "fylke": self.county_id,
            **changes,
        }
        return urlencode({key: value for key, value in values.items() if value is not None})


def national_filters(request: HttpRequest, picture: NationalPicture) -> NationalFilters:
    """?sorter=<column key>&retning=asc|desc&fylke=<county id>. An unknown column sorts by
    name; an unknown county is ignored (and said so on the page) rather than answered with
    404: the page holds no one organisation's objects, and a county that has merged away
    should not turn an old bookmark into an error."""
    sort = request.GET.get("sorter", "").strip()
    if sort not in organization_sort_keys():
        sort = DEFAULT_SORT
    descending = request.GET.get("retning", "").strip() == "desc"
    wanted = request.GET.get("fylke", "").strip()
    counties = {row.county_id for row in picture.counties if row.county_id is not None}
    county_id = parse_id(wanted)
    county_id = county_id if county_id in counties else None
    return NationalFilters(
        sort=sort,
        descending=descending,
        county_id=county_id,
        unknown_county=bool(wanted) and county_id is None,
    )


def _picture() -> NationalPicture:
    """The stored national snapshot; computed now the first time, before any nightly run."""
    stored = stored_national()
    if stored is None:
        national_snapshot_refresh()
        stored = stored_national()
    return stored.data


def _sort_headers(table: Table, filters: NationalFilters) -> list[dict]:
    """A link per column header. A column not yet sorted on sorts text from A and numbers
    highest first; clicking the sorted column turns its direction around."""
    headers = []
    for key, column in zip(organization_sort_keys(), table.columns, strict=True):
        is_sorted = key == filters.sort
        descending = not filters.descending if is_sorted else column.kind.numeric
        headers.append(
            {
                "label": column.label,
                "numeric": column.kind.numeric,
                "href": "?" + filters.query(sorter=key, retning="desc" if descending else "asc"),
                "aria_sort": (
                    ("descending" if filters.descending else "ascending") if is_sorted else None
                ),
            }
        )
    return headers


@staff_access
def national_dashboard(request: HttpRequest) -> HttpResponse:
    picture = _picture()
    filters = national_filters(request, picture)
    if filters.unknown_county:
        messages.warning(request, _("That county is not on the list, so all are shown."))
    organizations, counties = national_tables(
        picture,
        dimension_names(),
        sort=filters.sort,
        descending=filters.descending,
        county_id=filters.county_id,
    )
    headers = _sort_headers(organizations, filters)
    context = {
        "picture": picture,
        "filters": filters,
        "county_choices": [row for row in picture.counties if row.county_id is not None],
        "organizations": organizations,
        "organization_headers": headers,
        "organization_rows": display_rows(organizations),
        "sorted_column": next(header["label"] for header in headers if header["aria_sort"]),
        "counties": counties,
        "county_rows": display_rows(counties),
        "csv_query": filters.query(),
        "min_group_size": MIN_GROUP_SIZE,
        "min_organizations": MIN_ORGANIZATIONS,
    }
    return render(request, "dashboards/national.html", context)


@staff_access
@rate_limit("dashboard_export")
def national_csv(request: HttpRequest) -> HttpResponse:
    """The organisation table as CSV, sorted and filtered as on the page."""
    picture = _picture()
    filters = national_filters(request, picture)
    table = national_tables(
        picture, sort=filters.sort, descending=filters.descending, county_id=filters.county_id
    )[0]
    return table_csv_response(table, table.key)
