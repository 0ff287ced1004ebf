"""The organisation dashboard and its exports. Views stay thin: check who asks, read the
filters, call the selectors, render."""

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import wraps

from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.scoring import MIN_GROUP_SIZE
from dashboards.selectors.capacity import capacity
from dashboards.selectors.knowledge import knowledge
from dashboards.selectors.participation import participation
from organizations.access import current_membership
from organizations.models import Department, Organization


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
    since_date: date | None

    @property
    def since(self) -> datetime | None:
        """The start of the chosen day, in the site's time zone."""
        if self.since_date is None:
            return None
        return timezone.make_aware(datetime.combine(self.since_date, time.min))

    @property
    def active(self) -> bool:
        return self.department is not None or self.since_date is not None


def _filters(request: HttpRequest, organization: Organization) -> DashboardFilters:
    """?avdeling=<id>&fra=<yyyy-mm-dd>. A department of another organisation, or one that does
    not exist, answers 404 like any other organisation's object; an unreadable date is ignored."""
    department = None
    department_id = request.GET.get("avdeling", "").strip()
    if department_id:
        if not department_id.isdigit():
            raise Http404
        department = get_object_or_404(Department, pk=department_id, organization=organization)
    try:
        since_date = date.fromisoformat(request.GET.get("fra", "").strip())
    except ValueError:
        since_date = None
    return DashboardFilters(department=department, since_date=since_date)


@dashboard_access
def organization_dashboard(request: HttpRequest) -> HttpResponse:
    organization = request.membership.organization
    filters = _filters(request, organization)
    context = {
        "organization": organization,
        "filters": filters,
        "departments": organization.departments.order_by("name"),
        "participation": participation(
            organization, department=filters.department, since=filters.since
        ),
        "knowledge": knowledge(organization, department=filters.department),
        "capacity": capacity(organization),
        "min_group_size": MIN_GROUP_SIZE,
        "query_string": request.GET.urlencode(),
    }
    return render(request, "dashboards/organization.html", context)


@dashboard_access
def participation_csv(request: HttpRequest) -> HttpResponse:
    """The participation-by-course table as CSV, with the same filters as the page."""
    organization = request.membership.organization
    filters = _filters(request, organization)
    result = participation(organization, department=filters.department, since=filters.since)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="deltakelse.csv"'
    response.write("\ufeff")  # so Excel reads the file as UTF-8
    writer = csv.writer(response)
    writer.writerow([_("Course"), _("Enrolled"), _("Completed")])
    for row in result.by_course:
        writer.writerow([row.title, row.enrolled, row.completed])
    return response
