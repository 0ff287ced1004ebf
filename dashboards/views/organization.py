"""The organisation dashboard and its exports. Views stay thin: check who asks, read the
filters, read the stored snapshot, turn it into tables, render."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from assessments.scoring import MIN_GROUP_SIZE
from assessments.selectors import dimension_names
from dashboards import services
from dashboards.exports import table_export_response
from dashboards.selectors.assignments import AssignmentProgress
from dashboards.selectors.capacity import Capacity
from dashboards.selectors.snapshots import Stored, stored_comparison, stored_dashboard
from dashboards.tables import Table
from dashboards.tables.assignments import assignments_tables
from dashboards.tables.capacity import capacity_tables
from dashboards.tables.knowledge import knowledge_tables
from dashboards.tables.participation import participation_tables
from dashboards.tables.sharing import sharing_tables
from dashboards.tasks import refresh_organization_snapshots
from dashboards.views.access import DashboardFilters, dashboard_access, dashboard_filters
from organizations.models import Department, Organization
from organizations.ratelimit import rate_limit

PERIOD_LABELS = {
    "all": gettext_lazy("All time"),
    "12m": gettext_lazy("The last 12 months"),
    "3m": gettext_lazy("The last 3 months"),
}


def _stored_or_computed(organization: Organization, department: Department | None) -> Stored:
    """The snapshot; computed now on the very first visit, before any nightly run."""
    stored = stored_dashboard(organization, department)
    if stored is None:
        services.snapshot_refresh(organization, department)
        stored = stored_dashboard(organization, department)
    return stored


@dataclass(frozen=True)
class DashboardPage:
    computed_at: datetime
    sections: dict[str, list[Table]]
    capacity: Capacity | None
    assignments: list[AssignmentProgress]

    def table(self, key: str) -> Table:
        for tables in self.sections.values():
            for table in tables:
                if table.key == key:
                    return table
        raise Http404


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
    sections = {
        "participation": participation_tables(data.participation[filters.period], data.monthly),
        "assignments": assignments_tables(
            data.assignments, person_status_allowed=organization.leads_see_person_status
        ),
        "knowledge": knowledge_tables(data.knowledge),
        "capacity": (
            capacity_tables(capacity, dimension_names(), stored_comparison(organization))
            if capacity
            else []
        ),
        "sharing": sharing_tables(organization_data.sharing),
    }
    return DashboardPage(
        computed_at=min(whole.computed_at, shown.computed_at),
        sections=sections,
        capacity=capacity,
        assignments=data.assignments,
    )


def _export_prefix() -> str:
    """The path the page's export links add "<key>.csv" or "<key>.xlsx" to."""
    return reverse("dashboards:export", kwargs={"key": "x", "fmt": "csv"}).removesuffix("x.csv")


@dashboard_access
def organization_dashboard(request: HttpRequest) -> HttpResponse:
    organization = request.membership.organization
    filters = dashboard_filters(request, organization)
    context = {
        "organization": organization,
        "filters": filters,
        "departments": organization.departments.order_by("name"),
        "periods": PERIOD_LABELS,
        "page": dashboard_page(organization, filters),
        "min_group_size": MIN_GROUP_SIZE,
        "query_string": filters.as_query(),
        "export_url": _export_prefix(),
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


@require_POST
@dashboard_access
def snapshot_refresh_request(request: HttpRequest) -> HttpResponse:
    """Fresh figures on demand: the work runs as a Celery task, not in the request."""
    refresh_organization_snapshots.delay(request.membership.organization_id)
    messages.info(
        request,
        _("The figures are being computed again. Reload the page in a minute to see them."),
    )
    target = reverse("dashboards:organization")
    query = request.POST.get("filtre", "")
    return redirect(f"{target}?{query}" if query else target)
