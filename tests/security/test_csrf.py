"""CSRF: no state change without the token.

Django's CsrfViewMiddleware checks every POST (and PUT, PATCH, DELETE) before the view runs,
unless the view is marked ``csrf_exempt``. Two checks, over URLs found by walking the URL
configuration, so a new URL is covered without touching this file:

1. No view anywhere (the admins included) is ``csrf_exempt``, except those in
   ``EXEMPT_WITH_THEIR_OWN_CHECK``, which check the token themselves.
2. A POST without the token, by a signed-in lead with MFA, to every URL outside the admins
   answers 403 from the CSRF check. Every URL is tried, not only those whose view takes POST:
   ``require_POST`` and its kind leave no mark to find them by, and a view that only reads
   answers 403 to a tokenless POST all the same. The read-only JSON API and allauth's views
   are included, so nothing is exempt here.

Left out of check 2, with why:
- ``/admin/`` and ``/django-admin/`` (about 470 URLs, Wagtail's and Django's own views): check 1
  covers them, and posting to each would slow the suite for no more certainty.
"""

import logging
import re
from functools import cache

import pytest
from django.conf import settings
from django.contrib.admindocs.views import extract_views_from_urlpatterns, simplify_regex
from django.test import Client
from django.urls import Resolver404, get_resolver, resolve, reverse
from rest_framework.authentication import BasicAuthentication, SessionAuthentication

from tests.factories import UserFactory
from tests.factories.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
# Views that are csrf_exempt for Django but enforce the token themselves: Wagtail's admin API
# is Django REST framework, whose SessionAuthentication checks CSRF for a signed-in person.
EXEMPT_WITH_THEIR_OWN_CHECK = {"wagtailadmin_api"}
# URLs whose pattern cannot be turned into a path by filling in its parameters.
SAMPLE_PATHS = {
    "wagtail_serve": "/",  # the page tree: any page's path; "/" is the home page
    "wagtaildocs_serve": "/dokumenter/1/grunnlag.pdf",  # simplify_regex mangles (\d+)/(.*)
}
# Wagtail's document and image APIs also take HTTP Basic credentials. Nobody signs in to Spire
# that way (no page ever asks for them), so a browser holds none to send along with a forged
# request; and those APIs only read (GET), which CSRF is not about.
READ_ONLY_EXTRA_AUTHENTICATION = (BasicAuthentication,)


@cache
def all_views() -> list[tuple[str, object, list[str], str | None]]:
    """(path to post to, view, namespaces, name) for every URL in the configuration."""
    return [
        (
            SAMPLE_PATHS.get(name) or re.sub(r"<[^>]+>", "1", simplify_regex(regex)),
            view,
            namespaces or [],
            name,
        )
        for view, regex, namespaces, name in extract_views_from_urlpatterns(
            get_resolver().url_patterns
        )
    ]


def urls_to_post_to() -> list[tuple[str, object]]:
    """Each path once, for the view that answers it: a pattern placed first can shadow a later
    one on purpose (config/urls.py sends Wagtail's own login page to allauth's)."""
    first: dict[str, object] = {}
    for path, view, _ns, _name in all_views():
        if not path.startswith(ADMIN_PREFIXES):
            first.setdefault(path, view)
    return list(first.items())


@pytest.fixture
def lead_client(tenant) -> Client:
    return log_in_with_mfa(Client(enforce_csrf_checks=True), tenant.lead.user)


def test_no_view_is_csrf_exempt_without_a_check_of_its_own():
    exempt = {
        f"{':'.join(namespaces)}:{name}"
        for _path, view, namespaces, name in all_views()
        if getattr(view, "csrf_exempt", False)
        and not (set(namespaces) & EXEMPT_WITH_THEIR_OWN_CHECK)
    }
    assert exempt == set()


def test_the_exempt_admin_api_checks_csrf_itself():
    api_views = [
        view
        for _path, view, namespaces, _name in all_views()
        if set(namespaces) & EXEMPT_WITH_THEIR_OWN_CHECK
    ]
    assert api_views  # else the exemption above would be for nothing
    for view in api_views:
        authentications = view.cls.authentication_classes
        assert issubclass(authentications[0], SessionAuthentication), view.cls
        for other in authentications[1:]:
            assert issubclass(other, READ_ONLY_EXTRA_AUTHENTICATION), view.cls
            assert set(view.actions) == {"get"}, view.cls


def test_the_admin_api_refuses_a_post_without_the_token(db):
    from wagtail.models import Page

    superuser = UserFactory(is_staff=True, is_superuser=True)
    client = log_in_with_mfa(Client(enforce_csrf_checks=True), superuser)
    page = Page.objects.filter(depth=2).first()
    response = client.post(
        f"/admin/api/main/pages/{page.pk}/action/copy/",
        {"destination_page_id": page.get_parent().pk},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_every_url_is_walked_to_its_own_view():
    """Guards the walk: each path must reach the view it was made for, or the POST below
    would test some other view. A new pattern that fails here needs an entry in SAMPLE_PATHS."""
    wrong = []
    for path, view in urls_to_post_to():
        try:
            reached = resolve(path).func
        except Resolver404:
            reached = None
        if reached is not view:
            wrong.append(path)
    assert wrong == []
    assert len(urls_to_post_to()) > 50


def refused_by_the_csrf_check(response, caplog) -> bool:
    """A 403 that the CSRF middleware logged, not a view's own 403 (a role it lacks)."""
    logged = any(record.name == "django.security.csrf" for record in caplog.records)
    return response.status_code == 403 and logged


def test_a_post_without_the_token_is_refused_everywhere(lead_client, caplog):
    caplog.set_level(logging.WARNING, logger="django.security.csrf")
    accepted = []
    for path, _view in urls_to_post_to():
        caplog.clear()
        response = lead_client.post(path, {"field": "value"})
        if not refused_by_the_csrf_check(response, caplog):
            accepted.append(f"{path} → {response.status_code}")
    assert accepted == []


def test_the_same_post_with_the_token_gets_past_the_check(lead_client):
    """The control for the test above: the 403s are for the missing token, not the person."""
    lead_client.get(reverse("accounts:profile"))  # sets the CSRF cookie
    token = lead_client.cookies[settings.CSRF_COOKIE_NAME].value
    response = lead_client.post(reverse("account_logout"), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert "_auth_user_id" not in lead_client.session
