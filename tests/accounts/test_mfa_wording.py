"""One word for MFA everywhere: «totrinnsinnlogging», as on Spire's own pages (and in ID-porten).
allauth's Bokmål catalogue says «tofaktorautentisering» and has no Nynorsk at all (Nynorsk falls
back to Bokmål); Spire's locale files, first in LOCALE_PATHS, correct both. The pages are allauth's
own views, reached the way a person reaches them."""

import re
from html import unescape

import pytest
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.conf import settings
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from tests.factories.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db

# allauth's English on the MFA and reauthentication pages, messages and emails: none of it may
# reach a Norwegian page.
ENGLISH = (
    "Two-Factor Authentication",
    "two-factor authentication",
    "Authenticator App",
    "authenticator app",
    "Authenticator code",
    "Recovery Codes",
    "recovery codes",
    "Unused codes",
    "Download codes",
    "Generate new codes",
    "I have saved my recovery codes",
    "Activate",
    "Deactivate",
    "Authenticator secret",
    "You can store this secret",
    "Confirm Access",
    "Please reauthenticate",
    "Alternative options",
    "Use your password",
    "Send me a sign-in code",
    "Use authenticator app or code",
    "Enter your password",
    "Enter an authenticator code",
    "Request Code",
    "Enter Sign-In Code",
    "We've sent a code",
    "Sign In",
    "Cancel",
    "Are you sure",
    "This action will invalidate",
    "You are about to",
)
TOFAKTOR = re.compile(r"to-?faktor", re.IGNORECASE)


def _visible(html: str) -> str:
    html = re.sub(r"(?s)<(script|style|template)\b[^>]*>.*?</\1>", " ", html)
    labels = re.findall(r'(?:aria-label|title|placeholder|alt|value)="([^"]*)"', html)
    return unescape(" ".join([*re.split(r"<[^>]+>", html), *labels]))


def _problems(text: str) -> list[str]:
    return [p for p in ENGLISH if p in text] + TOFAKTOR.findall(text)


def _code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def _record(client, user, **record) -> None:
    """Add an authentication record to the client's session, as allauth's flows write it."""
    request = RequestFactory().get("/")
    request.session = client.session
    request.user = user
    record_authentication(request, user, **record)
    request.session.save()


@pytest.fixture(params=["nb", "nn"])
def language(request, client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = request.param
    return request.param


def test_spires_catalogue_wins_over_allauths(language):
    with translation.override(language):
        assert translation.gettext("Two-Factor Authentication") == "Totrinnsinnlogging"
        assert translation.gettext("Two-factor authentication") == "Totrinnsinnlogging"
        assert "totrinnsinnlogging" in translation.gettext(
            "Your account is protected by two-factor authentication. "
            "Please enter an authenticator code:"
        )
    with translation.override("nn"):
        # Nynorsk, not the Bokmål fallback.
        assert translation.gettext("Unused codes") == "Ubrukte kodar"


def test_setting_up_and_using_mfa_speaks_norwegian(
    client, tenant, password, language, settings, django_capture_on_commit_callbacks
):
    settings.ACCOUNT_EMAIL_NOTIFICATIONS = True  # allauth's notices of changes, if turned on
    user = tenant.lead.user
    seen = {}

    def look(name, response):
        assert response.status_code == 200, (name, response.status_code)
        seen[name] = _visible(response.content.decode())

    client.post(reverse("account_login"), {"login": user.email, "password": password})
    look("index without MFA", client.get(reverse("mfa_index")))
    look("password", client.get(reverse("account_reauthenticate")))
    look("request code", client.get(reverse("account_request_reauthentication_code")))
    client.post(reverse("account_request_reauthentication_code"), {"recipient": user.email})
    look("confirm code", client.get(reverse("account_confirm_reauthentication_code")))
    _record(client, user, method="code", email=user.email, reauthenticated=True)

    response = client.get(reverse("mfa_activate_totp"))
    look("activate", response)
    mail.outbox.clear()
    secret = response.context["form"].secret
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mfa_activate_totp"), {"code": _code(secret)}, follow=True)
    look("recovery codes", response)  # with the message that the app is on
    look("generate codes", client.get(reverse("mfa_generate_recovery_codes")))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("mfa_generate_recovery_codes"))
    look("index with MFA", client.get(reverse("mfa_index")))
    look("deactivate", client.get(reverse("mfa_deactivate_totp")))
    look("confirm with the app", client.get(reverse("mfa_reauthenticate")))
    emails = [f"{m.subject}\n{m.body}" for m in mail.outbox]
    assert len(emails) >= 2  # the app turned on, new recovery codes
    for number, text in enumerate(emails):
        seen[f"email {number}"] = text

    # Signing in again asks for the second step.
    client.logout()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    client.post(reverse("account_login"), {"login": user.email, "password": password})
    look("second step", client.get(reverse("mfa_authenticate")))

    problems = {name: _problems(text) for name, text in seen.items()}
    assert {name: found for name, found in problems.items() if found} == {}
    assert "Totrinnsinnlogging" in seen["index with MFA"]
    assert "totrinnsinnlogging" in seen["second step"]


def test_the_recovery_codes_page_in_nynorsk_is_nynorsk(client, tenant):
    user = tenant.lead.user
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nn"
    log_in_with_mfa(client, user)
    RecoveryCodes.activate(user)
    _record(client, user, method="mfa", type="totp", reauthenticated=True)
    page = _visible(client.get(reverse("mfa_view_recovery_codes")).content.decode())
    assert "Ubrukte kodar" in page
    assert "Gjenopprettingskodar" in page
