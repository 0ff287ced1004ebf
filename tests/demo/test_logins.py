"""The demo's people can sign in with the password the README gives."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from demo.people import DEMO_PASSWORD, DEMO_PEOPLE

pytestmark = pytest.mark.django_db


def test_demo_logins_work(client, installed_site, settings):
    settings.DEBUG = True  # setup_demo refuses to run otherwise
    call_command("setup_demo", "--without-courses", verbosity=0)
    admin = next(person for person in DEMO_PEOPLE if person.is_admin)
    response = client.post(
        reverse("account_login"), {"login": admin.email, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(reverse("accounts:profile")).status_code == 200
    # An administrator's pages need MFA: the demo admin is led to set it up first.
    members = client.get(reverse("organizations:members"))
    assert members.status_code == 403
    assert members.templates[0].name == "account/mfa_required.html"
