from django.urls import path

from assessments import views

app_name = "assessments"

urlpatterns = [
    path("quiz/<id:quiz_id>/start/", views.attempt_start, name="start"),
    path("quiz/forsok/<id:attempt_id>/", views.attempt_take, name="attempt"),
    path("quiz/forsok/<id:attempt_id>/lagre/", views.answer_autosave, name="autosave"),
    path("quiz/forsok/<id:attempt_id>/resultat/", views.attempt_review, name="review"),
    path("organisasjon/undersokelser/", views.survey_rounds, name="survey_rounds"),
    path("organisasjon/undersokelser/<id:round_id>/", views.survey_results, name="survey_results"),
    path("undersokelse/<id:round_id>/", views.survey_answer, name="survey_answer"),
]
