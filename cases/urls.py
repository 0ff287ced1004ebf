from django.urls import path

from cases.views import open_data, partners, submission

app_name = "cases"

urlpatterns = [
    # Submitting and updating cases (members of an organisation)
    path("mine-saker/", submission.my_cases, name="my_cases"),
    path("mine-saker/ny/", submission.case_new, name="case_new"),
    path("mine-saker/<id:case_id>/send-inn/", submission.case_review, name="case_review"),
    path("mine-saker/<id:case_id>/<slug:step>/", submission.case_step, name="case_step"),
    path(
        "saker/<id:case_id>/foresla-endring/",
        submission.case_propose_update,
        name="case_propose_update",
    ),
    # Finding partners for joint procurements (leads)
    path("saker/<id:case_id>/interesse/", partners.interest_register, name="interest_register"),
    path(
        "saker/<id:case_id>/interesse/<id:interest_id>/godta/",
        partners.interest_accept,
        name="interest_accept",
    ),
    path("folg-saker/", partners.follow, name="follow"),
    # Open data
    path("api/saker/", open_data.api_case_list, name="api_case_list"),
    path("api/saker/<id:case_id>/", open_data.api_case_detail, name="api_case_detail"),
]
