from django.urls import path

from organizations import views

app_name = "organizations"

urlpatterns = [
    path("organisasjon/medlemmer/", views.member_list, name="members"),
    path("organisasjon/medlemmer/<id:membership_id>/", views.member_edit, name="member_edit"),
    path(
        "organisasjon/medlemmer/<id:membership_id>/fjern/",
        views.member_remove,
        name="member_remove",
    ),
    path("organisasjon/foresporsler/", views.request_list, name="requests"),
    path(
        "organisasjon/foresporsler/<id:membership_id>/",
        views.request_decide,
        name="request_decide",
    ),
    path("organisasjon/invitasjoner/", views.invitation_list, name="invitations"),
    path(
        "organisasjon/invitasjoner/<id:invitation_id>/trekk-tilbake/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path("organisasjon/avdelinger/", views.department_list, name="departments"),
    path(
        "organisasjon/avdelinger/<id:department_id>/",
        views.department_edit,
        name="department_edit",
    ),
    path("organisasjon/bytt/", views.switch, name="switch"),
    path("bli-med/", views.join, name="join"),
    path("bli-med/<id:organization_id>/", views.join_request, name="join_request"),
    path("invitasjon/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
