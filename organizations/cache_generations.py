"""Forgetting a whole family of cached values at once: every key of the family carries the
family's generation number, and moving the number on makes all the old keys unreachable (they
expire on their own). Used by the page cache and the header's editor link."""

from django.core.cache import cache


def generation(name: str) -> int:
    return cache.get_or_set(f"spire:generation:{name}", 0, timeout=None)


def generation_next(name: str) -> None:
    key = f"spire:generation:{name}"
    try:
        cache.incr(key)
    except ValueError:  # not there yet, or evicted: any new number will do
        cache.set(key, 1, timeout=None)
