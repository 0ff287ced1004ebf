from django.urls import path

from dashboards import views

app_name = "dashboards"

urlpatterns = [
    path("organisasjon/oversikt/", views.organization_dashboard, name="organization"),
    path(
        "organisasjon/oversikt/eksport/deltakelse.csv",
        views.participation_csv,
        name="participation_csv",
    ),
]
