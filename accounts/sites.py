"""django.contrib.sites' Site row, which allauth's emails greet from («Hello from …»), named
from settings rather than left as Django's «example.com»."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sites.models import Site
from django.db import DEFAULT_DB_ALIAS, connections


def site_domain() -> str:
    """SITE_DOMAIN, or the host the site's links are built on (WAGTAILADMIN_BASE_URL)."""
    return settings.SITE_DOMAIN or urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc


def site_sync(using: str = DEFAULT_DB_ALIAS, **kwargs) -> Site | None:
    """Make the Site row say SITE_NAME and the site's domain. Runs after every migrate
    (accounts.apps), so a new installation and a changed setting both take effect; running it
    again changes nothing. Does nothing while the sites table is not there yet."""
    if Site._meta.db_table not in connections[using].introspection.table_names():
        return None
    site, _created = Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID, defaults={"domain": site_domain(), "name": settings.SITE_NAME}
    )
    Site.objects.clear_cache()
    return site
