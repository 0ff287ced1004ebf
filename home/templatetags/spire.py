"""Template helpers for the site's look (Designsystemet) shared by every app's templates."""

from django import template
from django.core.cache import cache
from django.forms import BoundField, CheckboxInput
from wagtail.models import Page

from core.cache_versions import versioned_key

register = template.Library()


@register.simple_tag
def ds_widget(field: BoundField) -> str:
    """Render a form field's widget with Designsystemet's class, and point screen readers at
    its help text and error message."""
    attrs = {"class": "ds-input"}
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_helptext")
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def is_checkbox(field: BoundField) -> bool:
    return isinstance(field.field.widget, CheckboxInput)


SECONDARY_TAGS = {"secondary", "outline", "cancel"}
TERTIARY_TAGS = {"link", "tool"}
DANGER_TAGS = {"danger", "delete"}


def _tags(attrs) -> set[str]:
    tags = attrs.get("tags") or []
    return set(tags.split(",") if isinstance(tags, str) else tags)


@register.filter
def ds_button_variant(attrs) -> str:
    """Designsystemet's variant for one of allauth's buttons, from the tags allauth gives it:
    a plain submit button is the page's main action."""
    tags = _tags(attrs)
    if tags & TERTIARY_TAGS:
        return "tertiary"
    if tags & SECONDARY_TAGS or attrs.get("type") != "submit":
        return "secondary"
    return "primary"


@register.filter
def ds_button_color(attrs) -> str:
    return "danger" if _tags(attrs) & DANGER_TAGS else "accent"


SITE_PAGE_URLS_FAMILY = "site-page-urls"  # forgotten when pages change (home/signals.py)
SITE_PAGE_URLS_SECONDS = 300
SITE_PAGES = {
    "kurs": "courses",
    "saker": "cases",
    "om-spire": "about",
    "personvern": "privacy",
    "tilgjengelighet": "accessibility",
}


@register.simple_tag(takes_context=True)
def site_page_urls(context) -> dict[str, str]:
    """URLs of the pages every header and footer links to (about, privacy, accessibility),
    found with one query and cached; {% slugurl %} would ask once per link on every page."""
    request = context.get("request")
    cached = getattr(request, "_spire_site_page_urls", None)
    if cached is not None:
        return cached
    key = versioned_key(SITE_PAGE_URLS_FAMILY)
    urls = cache.get(key)
    if urls is None:
        pages = Page.objects.live().filter(slug__in=SITE_PAGES, depth=3)
        urls = {SITE_PAGES[page.slug]: page.url for page in pages}
        cache.set(key, urls, SITE_PAGE_URLS_SECONDS)
    if request is not None:
        request._spire_site_page_urls = urls
    return urls


@register.filter
def lookup(mapping, key):
    """mapping[key] in a template, or None."""
    return mapping.get(key) if mapping else None
