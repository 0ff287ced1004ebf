"""The case database's search page: words, facets, sorting and paging, all in the URL so that
every search can be shared and bookmarked. Bad input never gives an error page: what cannot be
used is dropped and the person is told."""

from dataclasses import dataclass, replace

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cases import selectors
from cases.selectors import CaseQuery, CaseSearch
from core.ratelimit import rate_limit
from organizations.access import current_membership

MAX_REPORTED_IGNORED = 5  # an address with hundreds of unknown values gets a short message


@dataclass
class ActiveFilter:
    """A chosen facet value shown as a removable tag, with the search without it."""

    facet_label: str
    label: str
    remove_querystring: str


@dataclass
class PageLink:
    """A link in the page list; `number` is None for the gap between far-apart pages."""

    number: int | None
    querystring: str = ""
    current: bool = False


@dataclass
class Pagination:
    links: list[PageLink]
    previous_querystring: str = ""
    next_querystring: str = ""


@rate_limit("case_search")
def case_search(request, index_page):
    query = CaseQuery.from_query(request.GET)
    search = selectors.case_search(query)
    return index_page.render(
        request,
        context_overrides={
            "search": search,
            "query": query,
            "querystring": query.querystring(),
            "sorts": _sort_choices(query),
            "active_filters": _active_filters(search),
            "pagination": _pagination(search),
            "notices": _notices(query),
            "may_follow_areas": _may_follow_areas(request),
        },
    )


def _sort_choices(query: CaseQuery) -> list[tuple[str, str]]:
    """Best match means something only when there are words to match."""
    return [
        (slug, str(selectors.SORT_LABELS[sort]))
        for sort, slug in selectors.SORT_SLUGS.items()
        if sort != selectors.CaseSort.BEST_MATCH or query.text
    ]


def _without(query: CaseQuery, key: str, value: str) -> CaseQuery:
    chosen = {
        k: [v for v in values if not (k == key and v == value)]
        for k, values in query.chosen.items()
    }
    return replace(query, chosen={k: v for k, v in chosen.items() if v}, page=1)


def _active_filters(search: CaseSearch) -> list[ActiveFilter]:
    return [
        ActiveFilter(
            facet_label=facet.label,
            label=value.label,
            remove_querystring=_without(search.query, facet.key, value.value).querystring(),
        )
        for facet in search.facets
        for value in facet.selected
    ]


def _pagination(search: CaseSearch) -> Pagination:
    """Links that keep the whole search (several values per facet) and change only the page."""
    page, query = search.page, search.query
    links = [
        PageLink(number, query.querystring(side=number), number == page.number)
        if isinstance(number, int)
        else PageLink(None)
        for number in page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)
    ]
    return Pagination(
        links=links if page.paginator.num_pages > 1 else [],
        previous_querystring=(
            query.querystring(side=page.previous_page_number()) if page.has_previous() else ""
        ),
        next_querystring=query.querystring(side=page.next_page_number()) if page.has_next() else "",
    )


def _notices(query: CaseQuery) -> list[str]:
    """What the page tells the person about parts of the address it could not use."""
    notices = []
    if query.shortened:
        notices.append(
            _("The search was too long and was shortened to %(n)s characters.")
            % {"n": selectors.MAX_QUERY_LENGTH}
        )
    if query.ignored:
        shown = query.ignored[:MAX_REPORTED_IGNORED]
        values = ", ".join(f"«{value}»" for value in shown)
        notices.append(
            ngettext(
                "The filter %(values)s does not exist and was ignored.",
                "The filters %(values)s do not exist and were ignored.",
                len(shown),
            )
            % {"values": values}
        )
    return notices


def _may_follow_areas(request) -> bool:
    """Following service areas is for leads, who hear about new cases in their areas."""
    membership = current_membership(request)
    return membership is not None and membership.is_lead
