"""Sessions: a new session key at login (no session fixation), the session gone from the
store at logout, and a deactivated person signed out at their next request.

Logging in and out goes through allauth's real forms. "Gone" means the key no longer exists in
the configured session store (the cache in front of the database).

Deactivation: Spire has no deactivation service; the Wagtail admin's user form (and the Django
admin's) set ``is_active = False``. Nothing deletes the person's sessions then, but Django's
ModelBackend, which allauth's backend extends, refuses an inactive user in ``get_user`` on every
request, so the old session is treated as anonymous from the next request on."""

from importlib import import_module

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory
from tests.factories.mfa import enable_mfa, log_in_with_mfa

pytestmark = pytest.mark.django_db

PROFILE = reverse("accounts:profile")
SessionStore = import_module(settings.SESSION_ENGINE).SessionStore


def session_key(client: Client) -> str:
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def anonymous_session(client: Client) -> str:
    """Give the client a stored session before it logs in, as an attacker's planted one."""
    session = client.session
    session["planted"] = True
    session.save()
    return session_key(client)


def log_in(client: Client, user, password: str):
    return client.post(reverse("account_login"), {"login": user.email, "password": password})


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def is_signed_in(client: Client, user) -> bool:
    response = client.get(PROFILE)
    return response.status_code == 200 and response.wsgi_request.user == user


# --- Login ---------------------------------------------------------------------------------------


def test_logging_in_gives_a_new_session_key(client, tenant, password):
    before = anonymous_session(client)
    response = log_in(client, tenant.learner.user, password)
    assert response.status_code == 302
    after = session_key(client)
    assert after != before
    assert not SessionStore().exists(before)  # the planted key is worth nothing now
    assert is_signed_in(client, tenant.learner.user)


def test_logging_in_with_mfa_gives_a_new_session_key_only_after_the_code(client, tenant, password):
    user = tenant.lead.user
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    before = anonymous_session(client)
    response = log_in(client, user, password)
    assert response.url == reverse("mfa_authenticate")
    assert SESSION_KEY not in client.session  # the password alone signs nobody in
    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert response.status_code == 302
    assert session_key(client) != before
    assert not SessionStore().exists(before)
    assert is_signed_in(client, user)


# Django's and Wagtail's own login forms would sign a person in without the MFA step;
# config/urls.py sends them to allauth's.
@pytest.mark.parametrize("url", ["/_util/login/", "/admin/login/", "/django-admin/login/"])
def test_no_login_form_signs_in_a_person_with_mfa_on_the_password_alone(client, password, url):
    staff = UserFactory(is_staff=True, is_superuser=True)
    enable_mfa(staff)
    client.post(url, {"username": staff.email, "password": password})
    assert SESSION_KEY not in client.session


# --- Logout --------------------------------------------------------------------------------------


def test_logging_out_removes_the_session_from_the_store(client, tenant, password):
    user = tenant.learner.user
    log_in(client, user, password)
    signed_in = session_key(client)
    assert SessionStore().exists(signed_in)

    response = client.post(reverse("account_logout"))

    assert response.status_code == 302
    assert not SessionStore().exists(signed_in)
    replay = Client()  # someone who copied the cookie before the logout
    replay.cookies[settings.SESSION_COOKIE_NAME] = signed_in
    assert not is_signed_in(replay, user)


# --- Deactivation --------------------------------------------------------------------------------


@pytest.fixture
def superuser_client(db):
    admin = UserFactory(is_staff=True, is_superuser=True)
    return log_in_with_mfa(Client(), admin)


def test_a_person_deactivated_in_the_admin_is_signed_out_at_the_next_request(
    client, superuser_client, tenant, password
):
    user = tenant.learner.user
    log_in(client, user, password)
    assert is_signed_in(client, user)

    response = superuser_client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]),
        {
            "email": user.email,
            "full_name": user.full_name,
        },  # no "is_active": the box is unticked
    )

    assert response.status_code == 302, response.context and response.context["form"].errors
    user.refresh_from_db()
    assert not user.is_active
    response = client.get(PROFILE)
    assert response.wsgi_request.user.is_anonymous
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_a_deactivated_person_cannot_log_in_again(client, tenant, password):
    user = tenant.learner.user
    user.is_active = False
    user.save(update_fields=["is_active"])
    response = log_in(client, user, password)
    assert response.url == reverse("account_inactive")
    assert SESSION_KEY not in client.session


def test_deactivation_applies_to_every_authentication_backend():
    """A backend whose get_user returned inactive users would keep them signed in; every
    configured backend must refuse them."""
    from django.contrib.auth import load_backend

    user = UserFactory(is_active=False)
    for path in settings.AUTHENTICATION_BACKENDS:
        assert load_backend(path).get_user(user.pk) is None, path
