"""Finding the page for a URL with one query for the whole path, instead of Wagtail's one query
(and one more for .specific) per level: a lesson four levels down costs two queries, not eight.
The pages found keep their parents, so breadcrumbs and course_for_step need not ask again."""

from django.http import Http404
from wagtail.models import Page


def _routes_its_own_way(page: Page) -> bool:
    """A page whose route() does more than find children (a RoutablePageMixin page with
    sub-URLs of its own) must route the rest of the path itself."""
    route = page.specific_class.route
    return route is not Page.route and not getattr(page.specific_class, "plain_routing", False)


def _pages_on_path(start: Page, path_components: list[str]) -> list[Page]:
    """The pages under `start` for the first, first two, … components, as far as they exist."""
    prefixes = [
        f"{start.url_path}{'/'.join(path_components[: i + 1])}/"
        for i in range(len(path_components))
    ]
    found = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=prefixes, path__startswith=start.path)
    }
    chain, parent = [], start
    for prefix in prefixes:
        page = found.get(prefix)
        if page is None:
            break
        page._cached_parent_obj = parent
        chain.append(page)
        parent = page
    return chain


def route_in_one_query(start: Page, request, path_components: list[str]):
    """What Wagtail's Page.route returns for `path_components` under `start`."""
    chain = _pages_on_path(start, path_components)
    for depth, page in enumerate(chain):
        rest = path_components[depth + 1 :]
        if rest and _routes_its_own_way(page):
            return _specific(page).route(request, rest)
    if len(chain) != len(path_components):
        raise Http404
    return _specific(chain[-1]).route(request, [])


def _specific(page: Page) -> Page:
    specific = page.specific
    specific._cached_parent_obj = page._cached_parent_obj
    return specific


class OneQueryRoutingMixin:
    """For a page whose children are plain pages: route below it with route_in_one_query."""

    plain_routing = True  # its route() only finds descendants, so one from above may skip it

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return route_in_one_query(self, request, path_components)
