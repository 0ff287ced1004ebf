"""Leads register interest in planned joint procurements, accept partners, follow areas."""

from django.http import HttpResponse


def interest_register(request, case_id):
    return HttpResponse("todo")


def interest_accept(request, case_id, interest_id):
    return HttpResponse("todo")


def follow(request):
    return HttpResponse("todo")
