"""Open data: published cases as JSON, CSV and Atom."""

from django.http import HttpResponse


def api_case_list(request):
    return HttpResponse("todo")


def api_case_detail(request, case_id):
    return HttpResponse("todo")


def case_search_csv(request, index_page):
    return HttpResponse("todo")


class CaseFeed:
    def __init__(self, index_page):
        self.index_page = index_page

    def __call__(self, request):
        return HttpResponse("todo")
