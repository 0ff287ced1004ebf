"""The organisation dashboard and its exports. Views stay thin: check who asks, read the
filters, read the stored snapshot, turn it into tables, render. The rendered sections are kept
in the cache under the snapshots' times, so most visits read neither the snapshot nor the
templates (``organization_sections``)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import datetime

from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from assessments.selectors import dimension_names
from core.cache_versions import release_key
from core.ratelimit import rate_limit
from dashboards import services
from dashboards.exports import table_export_response
from dashboards.selectors.assignments import AssignmentProgress
from dashboards.selectors.capacity import Capacity
from dashboards.selectors.snapshots import (
    DashboardStamps,
    Stored,
    dashboard_stamps,
    stored_comparison,
    stored_dashboard,
)
from dashboards.tables import HIDDEN, Table
from dashboards.tables.assignments import assignments_tables
from dashboards.tables.capacity import capacity_tables
from dashboards.tables.knowledge import knowledge_tables
from dashboards.tables.overview import Action, KeyFigure, actions, key_figures
from dashboards.tables.participation import participation_tables
from dashboards.tables.sharing import sharing_tables
from dashboards.tasks import refresh_organization_snapshots
from dashboards.templatetags.dashboard_tables import ALL_ROWS_PARAMETER
from dashboards.views.access import DashboardFilters, dashboard_access, dashboard_filters
from organizations.models import Department, Organization

PERIOD_LABELS = {
    "all": gettext_lazy("All time"),
    "12m": gettext_lazy("The last 12 months"),
    "3m": gettext_lazy("The last 3 months"),
}
ROWS_SHOWN = 25
"""Rows a long table shows on the page until the reader asks for all of them; at 50,000 members
the cases and departments ran to hundreds of rows, most of the page's size and time."""
SECTIONS_SECONDS = 60 * 60
"""How long rendered sections stay cached. A new snapshot makes a new key at once; the limit
only bounds what the snapshot does not hold, such as a survey dimension's translated name."""


TABLE_KEY = re.compile(r"[a-z0-9-]{1,40}")
EXPANDED_AT_MOST = 20  # more than the page has tables


def _stored_or_computed(organization: Organization, department: Department | None) -> Stored:
    """The snapshot; computed now on the very first visit, before any nightly run (a new
    department's too: the organisation's figures are released together)."""
    stored = stored_dashboard(organization, department)
    if stored is None:
        services.snapshots_refresh(organization)
        stored = stored_dashboard(organization, department)
    return stored


@dataclass(frozen=True)
class Overview:
    figures: list[KeyFigure]
    actions: list[Action]


@dataclass(frozen=True)
class DashboardPage:
    computed_at: datetime
    sections: dict[str, list[Table]]
    capacity: Capacity | None
    assignments: list[AssignmentProgress]
    overview: Overview
    counts_hidden: bool = False  # see _department_counts_hidden

    def table(self, key: str) -> Table:
        for tables in self.sections.values():
            for table in tables:
                if table.key == key:
                    return table
        raise Http404


def _department_counts_hidden(organization: Organization, filters: DashboardFilters) -> bool:
    """Without the per-person setting, a department's own page shows no counts of people: its
    figures beside the organisation's (and the other departments') would give a small
    department's by subtraction, and a department page cannot know which cells those are.
    The organisation's page shows the department breakdown where that is safe."""
    return filters.department is not None and not organization.leads_see_person_status


def _counts_left_out(tables: list[Table]) -> list[Table]:
    """The tables with every figure replaced by «Not shown», and no chart."""
    return [
        replace(
            table,
            rows=[
                [
                    HIDDEN if column.kind.numeric else cell
                    for cell, column in zip(row, table.columns, strict=True)
                ]
                for row in table.rows
            ],
            chart=None,
        )
        for table in tables
    ]


def dashboard_page(organization: Organization, filters: DashboardFilters) -> DashboardPage:
    """The page's tables from the snapshots: the department's (or the organisation's) for the
    figures that follow the filter, the organisation's for capacity and sharing."""
    whole = _stored_or_computed(organization, None)
    shown = (
        whole
        if filters.department is None
        else _stored_or_computed(organization, filters.department)
    )
    data, organization_data = shown.data, whole.data
    capacity = organization_data.capacity
    person_status = organization.leads_see_person_status
    counts_hidden = _department_counts_hidden(organization, filters)
    names = dimension_names()
    assignments = [] if counts_hidden else data.assignments
    overview = Overview(
        figures=key_figures(
            data.participation[filters.period].totals,
            data.monthly,
            assignments,
            capacity,
            person_status_allowed=person_status,
            counts_hidden=counts_hidden,
        ),
        actions=actions(assignments, capacity, names, person_status_allowed=person_status),
    )
    sections = {
        "participation": participation_tables(
            data.participation[filters.period],
            data.monthly,
            person_status_allowed=organization.leads_see_person_status,
        ),
        "assignments": assignments_tables(
            data.assignments, person_status_allowed=organization.leads_see_person_status
        ),
        "knowledge": knowledge_tables(data.knowledge),
        "capacity": (
            capacity_tables(capacity, names, stored_comparison(organization)) if capacity else []
        ),
        "sharing": sharing_tables(organization_data.sharing),
    }
    if counts_hidden:
        sections["participation"] = _counts_left_out(sections["participation"])
        sections["assignments"] = _counts_left_out(sections["assignments"])
    return DashboardPage(
        computed_at=min(whole.computed_at, shown.computed_at),
        sections=sections,
        capacity=capacity,
        assignments=assignments,
        overview=overview,
        counts_hidden=counts_hidden,
    )


def _shortened(page: DashboardPage, expanded: tuple[str, ...]) -> DashboardPage:
    """The page with each long table cut to its first ``ROWS_SHOWN`` rows, except the tables
    the reader asked to see in full."""
    sections = {
        name: [t if t.key in expanded else t.first_rows(ROWS_SHOWN) for t in tables]
        for name, tables in page.sections.items()
    }
    return replace(page, sections=sections)


def _expanded_tables(request: HttpRequest) -> tuple[str, ...]:
    """?alle=<key>, once per table shown in full; anything not shaped like a table key is
    ignored, and so are more than a page's worth, which bounds the cache keys one can make."""
    keys = {key for key in request.GET.getlist(ALL_ROWS_PARAMETER) if TABLE_KEY.fullmatch(key)}
    return tuple(sorted(keys))[:EXPANDED_AT_MOST]


def _sections_cache_key(
    organization: Organization,
    filters: DashboardFilters,
    expanded: tuple[str, ...],
    stamps: DashboardStamps,
) -> str:
    """Everything the sections depend on: whose snapshots and when they were computed, the
    filters, the language, what the organisation lets leads see and which tables are shown in
    full; the release stands for the templates, code and translations (core/cache_versions.py).
    Leads and admins see the same sections."""
    parts = {
        "organization": organization.pk,
        "department": filters.department.pk if filters.department else None,
        "period": filters.period,
        "language": translation.get_language(),
        "person_status": organization.leads_see_person_status,
        "expanded": expanded,
        "computed": [
            stamp.isoformat() if stamp else None
            for stamp in (stamps.organization, stamps.shown, stamps.national)
        ],
    }
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
    return release_key("dashboard-sections", organization.pk, digest)


def _open_sections(page: DashboardPage, expanded: tuple[str, ...]) -> set[str]:
    """The sections whose disclosure starts open: those with a table shown in full."""
    return {
        name for name, tables in page.sections.items() if any(t.key in expanded for t in tables)
    }


def _sections_render(
    organization: Organization, filters: DashboardFilters, expanded: tuple[str, ...]
) -> dict[str, str]:
    page = _shortened(dashboard_page(organization, filters), expanded)
    context = {
        "organization": organization,
        "filters": filters,
        "period_label": PERIOD_LABELS[filters.period],
        "page": page,
        "overview": page.overview,
        "open_sections": _open_sections(page, expanded),
        "query_string": filters.as_query(),
        "export_url": _export_prefix(),
        "expanded": expanded,
        "rows_shown": ROWS_SHOWN,
    }
    return {
        part: render_to_string(f"dashboards/includes/organization_{part}.html", context)
        for part in ("overview", "sections")
    }


@dataclass(frozen=True)
class RenderedDashboard:
    computed_at: datetime
    overview: SafeString
    sections: SafeString


def organization_sections(
    organization: Organization, filters: DashboardFilters, expanded: tuple[str, ...] = ()
) -> RenderedDashboard:
    """The dashboard's first screen and its sections as HTML, and when their figures were
    computed. Rendered once per snapshot, filter, language and expansion, then read from the
    cache: rendering is most of a request's time, and the figures only change when a snapshot
    is computed again."""
    stamps = dashboard_stamps(organization, filters.department)
    if stamps is None:  # the very first visit, before any nightly run
        _stored_or_computed(organization, None)
        if filters.department is not None:
            _stored_or_computed(organization, filters.department)
        stamps = dashboard_stamps(organization, filters.department)
    key = _sections_cache_key(organization, filters, expanded, stamps)
    parts = cache.get(key)
    if parts is None:
        parts = _sections_render(organization, filters, expanded)
        cache.set(key, parts, SECTIONS_SECONDS)
    # The HTML is our templates' output, stored as text in the cache and read back unchanged.
    return RenderedDashboard(
        computed_at=stamps.computed_at,
        overview=mark_safe(parts["overview"]),  # noqa: S308 # nosec B308 B703
        sections=mark_safe(parts["sections"]),  # noqa: S308 # nosec B308 B703
    )


def _export_prefix() -> str:
    """The path the page's export links add "<key>.csv" or "<key>.xlsx" to."""
    return reverse("dashboards:export", kwargs={"key": "x", "fmt": "csv"}).removesuffix("x.csv")


@dashboard_access
def organization_dashboard(request: HttpRequest) -> HttpResponse:
    organization = request.membership.organization
    filters = dashboard_filters(request, organization)
    rendered = organization_sections(organization, filters, _expanded_tables(request))
    context = {
        "organization": organization,
        "filters": filters,
        "departments": organization.departments.order_by("name"),
        "periods": PERIOD_LABELS,
        "computed_at": rendered.computed_at,
        "overview": rendered.overview,
        "sections": rendered.sections,
        "query_string": filters.as_query(),
    }
    return render(request, "dashboards/organization.html", context)


@dashboard_access
@rate_limit("dashboard_export")
def table_export(request: HttpRequest, key: str, fmt: str) -> HttpResponse:
    """One of the page's tables as CSV or Excel, with the same filters as the page."""
    organization = request.membership.organization
    filters = dashboard_filters(request, organization)
    table = dashboard_page(organization, filters).table(key)
    return table_export_response(table, fmt, key)


REFRESH_INTERVAL_SECONDS = 60 * 60
"""How often a lead may ask for fresh figures. Each request is a full computation (seconds at
50,000 members), and the figures change only when enough people's results changed anyway."""


def _refresh_allowed(organization: Organization) -> bool:
    """True once an hour per organisation: the first caller within the hour takes the slot
    (an atomic add in the shared cache), so pressing again, in another tab or as another lead,
    does nothing."""
    return cache.add(f"dashboards:refresh:{organization.pk}", True, REFRESH_INTERVAL_SECONDS)


@require_POST
@dashboard_access
def snapshot_refresh_request(request: HttpRequest) -> HttpResponse:
    """Fresh figures on demand: the work runs as a Celery task, not in the request."""
    organization = request.membership.organization
    if _refresh_allowed(organization):
        refresh_organization_snapshots.delay(organization.pk)
        messages.info(
            request,
            _("The figures are being computed again. Reload the page in a minute to see them."),
        )
    else:
        messages.warning(
            request,
            _(
                "The figures were asked for less than an hour ago. They can be computed again "
                "once an hour, and every night."
            ),
        )
    target = reverse("dashboards:organization")
    query = request.POST.get("filtre", "")
    return redirect(f"{target}?{query}" if query else target)
