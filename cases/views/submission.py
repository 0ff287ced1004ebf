"""Members submit cases in steps from the front end, save drafts, and propose updates."""

from django.http import HttpResponse


def my_cases(request):
    return HttpResponse("todo")


def case_new(request):
    return HttpResponse("todo")


def case_step(request, case_id, step):
    return HttpResponse("todo")


def case_review(request, case_id):
    return HttpResponse("todo")


def case_propose_update(request, case_id):
    return HttpResponse("todo")
