"""Walking the URL configuration: every URL pattern with its full route and name, for the suites
that must cover every URL (the access matrix, the bad-input sweep)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver


@dataclass(frozen=True)
class FoundUrl:
    key: str  # "namespace:name", or the route for a URL without a name
    route: str
    takes_arguments: bool
    ours: bool  # the view is Spire's own code, not a library's


def _is_ours(pattern: URLPattern) -> bool:
    module = sys.modules.get(getattr(pattern.callback, "__module__", ""), None)
    filename = getattr(module, "__file__", None)
    if not filename:
        return False
    path = Path(filename).resolve()
    return path.is_relative_to(Path(settings.BASE_DIR).resolve()) and not (
        {".venv", "site-packages"} & set(path.parts)
    )


def _takes_arguments(pattern: URLPattern | URLResolver) -> bool:
    """Path converters and regex groups both compile to groups of the pattern's regex."""
    return pattern.pattern.regex.groups > 0


def walk(patterns=None, prefix: str = "", namespace: str = "", arguments: bool = False):
    """Every URL pattern, with its full route, its namespaced name, and whether any part of
    its route (an include's prefix too) takes an argument."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        takes_arguments = arguments or _takes_arguments(pattern)
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from walk(pattern.url_patterns, route, inner, takes_arguments)
        else:
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield FoundUrl(
                key=name or route,
                route=route,
                takes_arguments=takes_arguments,
                ours=_is_ours(pattern),
            )
