"""Who may open a dashboard, and the filters every dashboard page and export share."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlencode

from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from core.numbers import parse_id
from dashboards.selectors.participation import PERIODS
from organizations.access import current_membership
from organizations.models import Department, Organization

DEFAULT_PERIOD = "all"


def dashboard_access(view: Callable) -> Callable:
    """Only the organisation's leads and admins, and only with MFA set up: a dashboard shows a
    whole organisation's figures, so a stolen password alone must not open it. Without MFA the
    person gets a page that says why and links to the setup, with no figures. The view gets the
    membership as ``request.membership``."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        membership = current_membership(request)
        if membership is None or not (membership.is_lead or membership.is_admin):
            raise PermissionDenied
        if not is_mfa_enabled(request.user):
            return render(request, "dashboards/mfa_required.html", status=403)
        request.membership = membership
        return view(request, *args, **kwargs)

    return wrapper


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
