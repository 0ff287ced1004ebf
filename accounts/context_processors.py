"""Whether the header shows the link to the Wagtail admin ("Editor").

Asking Django costs two queries (the person's own and their groups' permissions) on every page
a signed-in person opens, so the answer is kept in the cache for a while. Any change to anyone's
groups or permissions forgets every kept answer (accounts/apps.py connects the signals), and
the admin checks the permission itself on every request: the cache only decides the link."""

from django.core.cache import cache
from django.http import HttpRequest

from core.cache_versions import family_forget, versioned_key

EDITOR_LINK_SECONDS = 600
FAMILY = "editor-link"


def editor_links_forget(**kwargs) -> None:
    family_forget(FAMILY)


def may_open_admin(user) -> bool:
    # Superuser and active status are in the key: they change without a signal we watch.
    key = versioned_key(FAMILY, user.pk, f"{user.is_superuser:d}{user.is_active:d}")
    answer = cache.get(key)
    if answer is None:
        answer = user.has_perm("wagtailadmin.access_admin")
        cache.set(key, answer, EDITOR_LINK_SECONDS)
    return answer


def editor_link(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    if not user or not user.is_authenticated:
        return {}
    return {"may_open_admin": lambda: may_open_admin(user)}
