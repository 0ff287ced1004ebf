from django.urls import path

from dashboards.views import assignments, national, organization

app_name = "dashboards"

urlpatterns = [
    path("organisasjon/oversikt/", organization.organization_dashboard, name="organization"),
    path(
        "organisasjon/oversikt/oppdater/",
        organization.snapshot_refresh_request,
        name="refresh",
    ),
    path(
        "organisasjon/oversikt/eksport/<slug:key>.<str:fmt>",
        organization.table_export,
        name="export",
    ),
    # The prefix the page's export links are built on (see includes/table.html).
    path(
        "organisasjon/oversikt/oppdrag/<id:assignment_id>/",
        assignments.assignment_people,
        name="assignment_people",
    ),
    path("nasjonalt/", national.national_dashboard, name="national"),
    path("nasjonalt/eksport.csv", national.national_csv, name="national_csv"),
]
