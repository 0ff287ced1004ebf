"""The real allauth flows: sign-up, email verification, placement in a municipality."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from organizations.models import Membership

pytestmark = pytest.mark.django_db
User = get_user_model()


def _sign_up(client, email: str, password: str = "Et-langt-og-sikkert-passord-42"):
    return client.post(
        reverse("account_signup"),
        {
            "full_name": "Nora Nyansatt",
            "email": email,
            "password1": password,
            "password2": password,
        },
    )


def _confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", message.body).group(1)


def test_sign_up_verify_and_land_in_the_right_municipality(client, tenant):
    response = _sign_up(client, "Nora@Testvik.kommune.no")
    assert response.status_code == 302
    user = User.objects.get(email="nora@testvik.kommune.no")
    assert user.full_name == "Nora Nyansatt"
    # Not placed before the address is proved.
    assert not Membership.objects.filter(user=user).exists()

    link = _confirmation_link(mail.outbox[-1])
    assert client.get(link).status_code == 200
    client.post(link)
    assert client.session["_auth_user_id"] == str(user.pk)  # signed in by confirming
    membership = Membership.objects.get(user=user)
    assert membership.organization == tenant.organization
    assert membership.is_active and membership.roles == ["learner"]


def test_sign_up_with_an_unknown_domain_creates_no_membership(client, tenant):
    _sign_up(client, "nora@gmail.com")
    client.post(_confirmation_link(mail.outbox[-1]))
    user = User.objects.get(email="nora@gmail.com")
    assert not Membership.objects.filter(user=user).exists()


def test_login_is_refused_until_the_email_is_verified(client, tenant):
    _sign_up(client, "nora@testvik.kommune.no")
    client.logout()
    response = client.post(
        reverse("account_login"),
        {"login": "nora@testvik.kommune.no", "password": "Et-langt-og-sikkert-passord-42"},
    )
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")


def test_a_second_sign_up_with_the_same_email_looks_the_same_and_adds_nobody(client, tenant):
    first = _sign_up(client, "nora@testvik.kommune.no")
    client.logout()
    second = _sign_up(client, "nora@testvik.kommune.no")
    assert (first.status_code, first.url) == (second.status_code, second.url)
    assert User.objects.filter(email="nora@testvik.kommune.no").count() == 1


def test_weak_password_gets_a_norwegian_message_and_keeps_the_input(client):
    response = _sign_up(client, "nora@example.org", password="123")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="nora@example.org"' in html
    assert "passord" in html.lower()
    assert not User.objects.exists()


def test_malformed_email_is_refused_with_a_message(client):
    response = _sign_up(client, "nora@@example")
    assert response.status_code == 200
    assert "e-post" in response.content.decode().lower()
    assert not User.objects.exists()


def test_password_reset_answers_the_same_for_known_and_unknown_emails(client, tenant):
    known = client.post(reverse("account_reset_password"), {"email": tenant.learner.user.email})
    unknown = client.post(reverse("account_reset_password"), {"email": "ingen@example.org"})
    assert (known.status_code, known.url) == (unknown.status_code, unknown.url)


def test_failed_logins_are_rate_limited(client, tenant, settings, password):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip"}
    email = tenant.learner.user.email
    for _attempt in range(3):
        client.post(reverse("account_login"), {"login": email, "password": "feil-passord"})
    # Past the limit even the right password is turned away, with a message.
    response = client.post(reverse("account_login"), {"login": email, "password": password})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert response.context["form"].errors


def test_login_with_email_and_password(client, tenant, password):
    response = client.post(
        reverse("account_login"), {"login": tenant.learner.user.email, "password": password}
    )
    assert response.status_code == 302
    assert client.get(reverse("accounts:profile")).context["user"] == tenant.learner.user


def test_every_user_can_set_up_totp_after_signing_in(client, tenant, password):
    client.post(
        reverse("account_login"), {"login": tenant.learner.user.email, "password": password}
    )
    response = client.get(reverse("mfa_activate_totp"))
    # Signed in with the password a moment ago: only a code sent by email is asked for.
    assert response.url.split("?")[0] == reverse("account_request_reauthentication_code")
    confirm = client.post(response.url, {"recipient": tenant.learner.user.email}).url
    code = client.session["account_email_reauthentication_code"]["code"]
    client.post(confirm, {"code": code})
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    assert "otpauth://" in response.context["totp_url"]


def test_sign_ups_are_rate_limited_per_address(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {"signup": "2/h/ip"}
    statuses = [_sign_up(client, f"person{n}@example.org").status_code for n in range(3)]
    assert statuses[:2] == [302, 302]
    assert statuses[2] == 429
    assert User.objects.count() == 2
