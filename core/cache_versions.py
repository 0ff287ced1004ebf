"""The one way Spire versions what it keeps in the cache.

Every key made here reads ``spire:<family>:<release>:<generation>:<parts…>``:

- **release** is ``settings.SPIRE_RELEASE`` (the ``SPIRE_RELEASE`` environment variable, set by
  each deploy; the package version otherwise). Much of what is cached is rendered output —
  whole pages, dashboard sections, facet labels — and must not outlive the templates, code and
  translations that made it. A new release makes every old key unreachable at once, for every
  app, and costs nothing per request. It replaces the hash of the dashboards' source files
  (which read every template and module at start-up and covered one folder only).
- **generation** is a counter per family that ``family_forget`` moves on when data the family
  shows changes (a page published, a case edited, a group's permissions changed). Every key of
  the family becomes unreachable without being known or listed; the old values expire on their
  own. It replaces the random version key of the case search and the fixed key that was
  deleted on change (the header's page links): one idea where there were three.

A family whose parts already name what they depend on (the dashboard sections are keyed by
their snapshots' times) never needs forgetting and only takes the release. The counters live in
the same cache (Redis in production, so every process agrees) and never expire; an evicted
counter starts again from nothing, which only forgets more than needed."""

from django.conf import settings
from django.core.cache import cache


def _generation_key(family: str) -> str:
    return f"spire:generation:{family}"


def generation(family: str) -> int:
    """The family's current generation, 0 until it is first forgotten."""
    return cache.get_or_set(_generation_key(family), 0, timeout=None)


def family_forget(family: str) -> None:
    """Make every key of `family` stale."""
    key = _generation_key(family)
    try:
        cache.incr(key)
    except ValueError:  # not there yet, or evicted: any new number will do
        cache.set(key, 1, timeout=None)


def versioned_key(family: str, *parts: object) -> str:
    """A cache key for `family` that a new release or ``family_forget(family)`` leaves behind."""
    tail = ":".join(str(part) for part in parts)
    return f"spire:{family}:{settings.SPIRE_RELEASE}:{generation(family)}:{tail}"


def release_key(family: str, *parts: object) -> str:
    """A cache key that only a new release leaves behind, for values whose `parts` already
    name every piece of data they depend on; no counter to read."""
    tail = ":".join(str(part) for part in parts)
    return f"spire:{family}:{settings.SPIRE_RELEASE}:{tail}"
