"""Setting up MFA right after signing in, through allauth's real views: the password typed at
sign-in counts, so only the emailed code is asked for; installing the authenticator app may take a
few minutes; and afterwards the recovery codes and the page the person was going to open without
another prompt. The two proofs stay required (tests/security/test_mfa_sessions.py)."""

import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

DASHBOARD = "/organisasjon/oversikt/"


def _totp(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time() // 30)))


def _age_session(client: Client, seconds: int) -> None:
    """As if every authentication in the session happened `seconds` earlier."""
    session = client.session
    records = session["account_authentication_methods"]
    for record in records:
        record["at"] -= seconds
    session["account_authentication_methods"] = records
    session.save()


def _sign_in_and_prove_by_email(client: Client, user, password: str) -> str:
    """Sign in through allauth's login view, open the setup and follow where it leads; returns
    the setup address. Asserts that the password is never asked for again."""
    response = client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert response.status_code == 302
    assert client.get(DASHBOARD).status_code == 403  # «set up totrinnsinnlogging»
    activate = f"{reverse('mfa_activate_totp')}?next={DASHBOARD.replace('/', '%2F')}"
    response = client.get(activate)
    assert response.status_code == 302
    # Not the password form: the emailed code.
    assert response.url.split("?")[0] == reverse("account_request_reauthentication_code")
    assert client.get(response.url).status_code == 200
    mail.outbox.clear()
    response = client.post(response.url, {"recipient": user.email})
    assert response.status_code == 302
    code = client.session["account_email_reauthentication_code"]["code"]
    assert code in mail.outbox[-1].body
    response = client.post(response.url, {"code": code})
    assert response.status_code == 302 and response.url == activate
    return activate


def test_a_person_who_just_signed_in_is_asked_only_for_the_emailed_code(client, tenant, password):
    user = tenant.lead.user
    activate = _sign_in_and_prove_by_email(client, user, password)
    response = client.get(activate)
    assert response.status_code == 200
    assert response.templates[0].name == "mfa/totp/activate_form.html"


def test_setting_up_the_app_may_take_a_few_minutes(client, tenant, password):
    """Installing an authenticator app from the app store takes longer than allauth's five
    minutes of reauthentication; the setup's own window (15 minutes) is what counts."""
    user = tenant.lead.user
    activate = _sign_in_and_prove_by_email(client, user, password)
    secret = client.get(activate).context["form"].secret
    _age_session(client, 7 * 60)
    response = client.post(activate, {"code": _totp(secret)})
    assert response.status_code == 302
    assert response.url == reverse("mfa_view_recovery_codes")
    page = client.get(response.url)
    assert page.status_code == 200
    assert page.context["can_view_codes"] is True
    assert f'href="{DASHBOARD}"' in page.content.decode()


def test_after_setup_the_page_the_person_was_going_to_opens(client, tenant, password):
    """They typed a code from their new app a moment ago: no further code is asked for."""
    user = tenant.lead.user
    activate = _sign_in_and_prove_by_email(client, user, password)
    secret = client.get(activate).context["form"].secret
    client.post(activate, {"code": _totp(secret)})
    assert client.get(DASHBOARD).status_code == 200


def test_a_wrong_app_code_records_nothing(client, tenant, password):
    user = tenant.lead.user
    activate = _sign_in_and_prove_by_email(client, user, password)
    client.get(activate)
    response = client.post(activate, {"code": "000000"})
    assert response.status_code == 200  # the form again, with its error
    assert client.get(DASHBOARD).status_code == 403
    assert not any(
        record["method"] == "mfa" for record in client.session["account_authentication_methods"]
    )


def test_allauths_own_window_still_holds_elsewhere(client, tenant, password):
    """Only the setup view's double proof stands in for allauth's reauthentication: showing
    the recovery codes later still asks for a recent confirmation."""
    user = tenant.lead.user
    activate = _sign_in_and_prove_by_email(client, user, password)
    secret = client.get(activate).context["form"].secret
    client.post(activate, {"code": _totp(secret)})
    _age_session(client, 10 * 60)
    response = client.get(reverse("mfa_view_recovery_codes"))
    assert response.status_code == 302
    assert "reauthenticate" in response.url
