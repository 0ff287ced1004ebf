"""MFA per session: every lead, admin, editor, platform administrator and staff page needs a
session that passed MFA, not just a person who has it. Logging in goes through allauth's real
forms, so the session holds exactly the authentication records allauth writes."""

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.core import mail
from django.test import Client
from django.urls import reverse

from home.setup import editor_group_ensure
from organizations.setup import platform_admin_group_ensure
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _log_in(client: Client, user, password: str) -> None:
    response = client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert response.status_code == 302


def _code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def _people(tenant) -> dict:
    editor = UserFactory(email="redaktor@spire.test")
    editor.groups.add(editor_group_ensure())
    platform_admin = UserFactory(email="plattform@spire.test")
    platform_admin.groups.add(platform_admin_group_ensure())
    staff = UserFactory(email="stab@spire.test", is_staff=True, is_superuser=True)
    return {
        "lead": tenant.lead.user,
        "admin": tenant.admin.user,
        "editor": editor,
        "platform_admin": platform_admin,
        "staff": staff,
    }


# (who, page) pairs: the privileged pages of each kind.
PAGES = [
    ("lead", lambda world: reverse("dashboards:organization")),
    ("lead", lambda world: reverse("assessments:survey_rounds")),
    ("lead", lambda world: reverse("learning:assignments")),
    ("admin", lambda world: reverse("organizations:members")),
    ("admin", lambda world: reverse("organizations:invitations")),
    ("editor", lambda world: "/admin/"),
    ("platform_admin", lambda world: reverse("membership_admin:index")),
    ("staff", lambda world: "/django-admin/"),
    ("staff", lambda world: reverse("dashboards:national")),
]
PAGE_IDS = [
    "dashboard",
    "survey-results",
    "assignments",
    "members",
    "invitations",
    "wagtail-admin",
    "memberships-admin",
    "django-admin",
    "national",
]


@pytest.mark.parametrize(("role", "url"), PAGES, ids=PAGE_IDS)
def test_a_session_opened_before_mfa_was_set_up_does_not_reach_the_page(
    client, tenant, password, role, url
):
    user = _people(tenant)[role]
    _log_in(client, user, password)  # no MFA yet: the password alone signs in
    secret = generate_totp_secret()
    TOTP.activate(user, secret)  # set up later, in another session
    page = url(tenant)
    response = client.get(page)
    assert response.status_code == 302
    assert response.url == f"{reverse('mfa_reauthenticate')}?next={page.replace('/', '%2F')}"
    # Confirming with the authenticator, allauth's way, lets this session through.
    confirmed = client.post(response.url, {"code": _code(secret)})
    assert confirmed.status_code == 302 and confirmed.url == page
    assert client.get(page).status_code == 200


@pytest.mark.parametrize(("role", "url"), PAGES, ids=PAGE_IDS)
def test_a_session_that_passed_mfa_at_login_reaches_the_page(client, tenant, password, role, url):
    user = _people(tenant)[role]
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    _log_in(client, user, password)
    response = client.post(reverse("mfa_authenticate"), {"code": _code(secret)})
    assert response.status_code == 302
    assert client.get(url(tenant)).status_code == 200


@pytest.mark.parametrize(("role", "url"), PAGES, ids=PAGE_IDS)
def test_a_person_without_mfa_is_led_to_set_it_up_and_back(client, tenant, password, role, url):
    user = _people(tenant)[role]
    _log_in(client, user, password)
    page = url(tenant)
    response = client.get(page)
    assert response.status_code == 403
    assert response.templates[0].name == "account/mfa_required.html"
    assert response.context["setup_url"] == (
        f"{reverse('mfa_activate_totp')}?next={page.replace('/', '%2F')}"
    )


def test_learners_pages_need_no_mfa(client, tenant, password):
    _log_in(client, tenant.learner.user, password)
    assert client.get(reverse("accounts:profile")).status_code == 200


# --- Setting up MFA ------------------------------------------------------------------------------


def _emailed_code(client: Client) -> str:
    code = client.session["account_email_reauthentication_code"]["code"]
    assert code in mail.outbox[-1].body
    return code


def test_setting_up_mfa_needs_the_password_and_a_code_sent_to_the_confirmed_address(
    client, tenant, password
):
    user = tenant.lead.user
    _log_in(client, user, password)
    activate = f"{reverse('mfa_activate_totp')}?next=%2Forganisasjon%2Foversikt%2F"
    # Signed in with the password a moment ago, and reauthenticated with it: still not enough.
    client.post(reverse("account_reauthenticate"), {"password": password})
    response = client.get(activate)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_request_reauthentication_code"))
    # The code goes to the person's confirmed address, and a wrong one does not open the form.
    mail.outbox.clear()
    response = client.post(response.url, {"recipient": user.email})
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[user.email]]
    confirm = response.url
    client.post(confirm, {"code": "WRONG1"})
    assert client.get(activate).status_code == 302
    response = client.post(confirm, {"code": _emailed_code(client)})
    assert response.status_code == 302 and response.url == activate
    response = client.get(activate)
    assert response.status_code == 200
    assert "form" in response.context


def test_the_emailed_code_alone_is_not_enough_either(client, tenant, password):
    """An hour after signing in, the code alone: the password is asked for again."""
    user = tenant.lead.user
    _log_in(client, user, password)
    session = client.session
    records = session["account_authentication_methods"]
    for record in records:
        record["at"] -= 3600
    session["account_authentication_methods"] = records
    session.save()
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))


# --- Wagtail's password reset --------------------------------------------------------------------


def test_wagtails_password_reset_is_handed_to_allauths(client, tenant):
    response = client.get("/admin/password_reset/")
    assert response.status_code == 302
    assert response.url == reverse("account_reset_password")
    response = client.post("/admin/password_reset/", {"email": tenant.lead.user.email})
    assert response.status_code == 302
    assert mail.outbox == []
    assert client.get("/admin/password_reset/done/").status_code == 404


def test_the_recovery_codes_page_leads_back_to_where_the_person_was_going(client, tenant, password):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    user = tenant.lead.user
    _log_in(client, user, password)
    client.get(f"{reverse('mfa_activate_totp')}?next=%2Forganisasjon%2Foversikt%2F")
    assert client.session["spire_mfa_setup_next"] == "/organisasjon/oversikt/"
    TOTP.activate(user, generate_totp_secret())  # as the activation form does
    RecoveryCodes.activate(user)
    client.post(reverse("account_reauthenticate"), {"password": password})
    page = client.get(reverse("mfa_view_recovery_codes")).content.decode()
    assert 'data-variant="primary" href="/organisasjon/oversikt/"' in page


def test_a_next_to_another_site_is_not_kept(client, tenant, mfa_login):
    mfa_login(tenant.learner.user)
    client.get(f"{reverse('mfa_activate_totp')}?next=https%3A%2F%2Fevil.example%2F")
    assert "spire_mfa_setup_next" not in client.session
