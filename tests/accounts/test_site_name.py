"""allauth's emails name Spire and the site's own domain, never Django's «example.com»."""

import pytest
from django.contrib.sites.models import Site
from django.core import mail
from django.urls import reverse

from accounts.sites import site_sync

pytestmark = pytest.mark.django_db


def _sign_up(client) -> None:
    password = "Et-langt-og-sikkert-passord-42"
    client.post(
        reverse("account_signup"),
        {
            "full_name": "Nora",
            "email": "nora@example.org",
            "password1": password,
            "password2": password,
        },
    )


def test_the_migrated_site_is_named_from_settings(settings):
    site = Site.objects.get_current()
    assert (site.name, site.domain) == ("Spire", "testserver")


def test_a_confirmation_email_names_spire_and_the_configured_domain(client, settings):
    settings.SITE_DOMAIN = "spire.kommune.test"
    site_sync()
    _sign_up(client)
    [message] = mail.outbox
    assert "Spire" in message.body and "spire.kommune.test" in message.body
    assert "example.com" not in message.body + message.subject


def test_syncing_again_changes_nothing(settings):
    first = site_sync()
    assert site_sync() == first
    assert Site.objects.count() == 1
