"""Per-person status of one assignment, where the organisation allows it."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from core.numbers import MAX_ID, parse_positive_int
from dashboards.selectors.assignments import assignment_people as people_of_assignment
from dashboards.tables.assignments import for_whom
from dashboards.views.access import dashboard_access


@dashboard_access
def assignment_people(request: HttpRequest, assignment_id: int) -> HttpResponse:
    """Who has done an assigned course, on time or late, and who has not, person by person,
    50 a page (?side=<n>).

    Answers 404 when the organisation has turned off leads' view of each person's completion
    status (``Organization.leads_see_person_status``): the page then does not exist for it,
    and the dashboard keeps only the counts. Also 404 for another organisation's assignment."""
    organization = request.membership.organization
    if not organization.leads_see_person_status:
        raise Http404
    page = parse_positive_int(request.GET.get("side"), maximum=MAX_ID) or 1
    result = people_of_assignment(organization, assignment_id, page)
    if result is None:
        raise Http404
    context = {
        "organization": organization,
        "result": result,
        "progress": result.progress,
        "for_whom": for_whom(result.progress),
    }
    return render(request, "dashboards/assignment_people.html", context)
