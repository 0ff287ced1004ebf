def case_search(request, index_page):
    return index_page.render(request)
