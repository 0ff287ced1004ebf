"""Who may open a dashboard, and the filters every dashboard page and export share."""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from core.numbers import parse_id
from dashboards.selectors.participation import PERIODS
from organizations.access import lead_or_admin_required
from organizations.models import Department, Organization

DEFAULT_PERIOD = "all"


def dashboard_access(view: Callable) -> Callable:
    """Only the organisation's leads and admins, in a session that passed MFA: a dashboard shows
    a whole organisation's figures, so a stolen password alone must not open it. The rule lives
    in organizations.access (mfa_step_response); the view gets the membership as
    ``request.membership``."""
    return lead_or_admin_required(view)


@dataclass(frozen=True)
class DashboardFilters:
    department: Department | None
    period: str  # a key of PERIODS

    @property
    def active(self) -> bool:
        return self.department is not None or self.period != DEFAULT_PERIOD

    def as_query(self) -> str:
        """The filters as a query string for export links (no leading "?")."""
        query = {}
        if self.department is not None:
            query["avdeling"] = self.department.pk
        if self.period != DEFAULT_PERIOD:
            query["periode"] = self.period
        return urlencode(query)


def dashboard_filters(request: HttpRequest, organization: Organization) -> DashboardFilters:
    """?avdeling=<id>&periode=<key of PERIODS>. A department of another organisation, or one
    that does not exist, answers 404 like any other organisation's object; an unknown period
    falls back to all time."""
    department = None
    wanted = request.GET.get("avdeling", "").strip()
    if wanted:
        department_id = parse_id(wanted)
        if department_id is None:
            raise Http404
        department = get_object_or_404(Department, pk=department_id, organization=organization)
    period = request.GET.get("periode", "").strip()
    return DashboardFilters(
        department=department, period=period if period in PERIODS else DEFAULT_PERIOD
    )
