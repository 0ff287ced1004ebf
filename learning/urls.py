from django.urls import path

from learning import views

app_name = "learning"

urlpatterns = [
    path("mine-kurs/", views.my_courses, name="my_courses"),
    path("organisasjon/tildelinger/", views.assignments, name="assignments"),
    path("laering/kurs/<id:course_id>/start/", views.enrol, name="enrol"),
    path("laering/steg/<id:step_id>/fullfort/", views.complete_step, name="complete_step"),
    path("kursbevis/", views.certificate_check, name="certificate_check"),
    path("kursbevis/<str:code>/", views.certificate_verify, name="certificate_verify"),
    path("kursbevis/<str:code>/pdf/", views.certificate_download, name="certificate_download"),
]
