"""Rate limits: Spire's own (case search, exports, quiz submission; core/ratelimit.py)
and allauth's (login, sign-up, password reset).

Each limit is set small here so a test needs a handful of requests: the request after the
limit answers 429 with the friendly page and Retry-After, and another address or person is
not affected. The test settings turn allauth's limits off (ACCOUNT_RATE_LIMITS = False) so the
suite is not throttled; the tests for them turn them back on. The cache, where the counts live,
is emptied for every test (tests/conftest.py)."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory, override_settings
from django.urls import reverse

from assessments import services as quiz_services
from core import ratelimit
from learning import services as learning_services
from tests.factories import UserFactory
from tests.factories.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db

SEARCH_LIMIT = 3
ELSEWHERE = {"REMOTE_ADDR": "192.0.2.77"}  # another client address (TEST-NET-1)


def limits(**rates: str):
    return override_settings(SPIRE_RATE_LIMITS=rates)


def assert_refused(response, retry_at_most: int = 60) -> None:
    """A 429 that tells the person, and a program, when to come back."""
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= retry_at_most


def assert_friendly_page(response) -> None:
    assert "429.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert 'id="main"' in html  # the site's own layout, with its header and navigation


def statuses(get, times: int, **extra) -> list[int]:
    return [get(**extra).status_code for _ in range(times)]


# --- Case search, export and the open-data API (per client address) ---------------------------


@limits(case_search=f"{SEARCH_LIMIT}/m/ip")
def test_case_search_is_limited_per_address(client, case_index):
    def search(**extra):
        return client.get(case_index.url, {"q": "velferd"}, **extra)

    assert statuses(search, SEARCH_LIMIT) == [200] * SEARCH_LIMIT
    refused = search()
    assert_refused(refused)
    assert_friendly_page(refused)
    assert search(**ELSEWHERE).status_code == 200


@limits(case_export="2/m/ip")
def test_case_csv_export_is_limited_per_address(client, case_index):
    def export(**extra):
        return client.get(case_index.url + "eksport/", **extra)

    assert statuses(export, 2) == [200, 200]
    assert_refused(export())
    assert export(**ELSEWHERE).status_code == 200


@limits(case_api="2/m/ip")
def test_open_data_api_is_limited_per_address_and_answers_in_json(client, case_index):
    def api_list(**extra):
        return client.get(reverse("cases:api_case_list"), **extra)

    assert statuses(api_list, 2) == [200, 200]
    refused = api_list()
    assert_refused(refused)
    assert refused["Content-Type"] == "application/json"
    error = json.loads(refused.content)["error"]
    assert error["retry_after"] == int(refused["Retry-After"])
    assert api_list(**ELSEWHERE).status_code == 200


@limits(case_search="1/m/ip")
def test_the_client_address_comes_from_the_trusted_proxy(client, case_index):
    """Behind the production proxy every request comes from its address; the client's own is
    in X-Forwarded-For, which allauth reads when ALLAUTH_TRUSTED_PROXY_COUNT is set."""

    def search(**extra):
        return client.get(case_index.url, {"q": "velferd"}, **extra)

    with override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1):
        first = search(HTTP_X_FORWARDED_FOR="198.51.100.1")
        second = search(HTTP_X_FORWARDED_FOR="198.51.100.2")
        again = search(HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert (first.status_code, second.status_code, again.status_code) == (200, 200, 429)


# --- Exports behind a login (per person) -------------------------------------------------------


@limits(dashboard_export="2/m/user")
def test_dashboard_export_is_limited_per_person(client, tenant, other_tenant):
    url = reverse("dashboards:export", kwargs={"key": "deltakelse-kurs", "fmt": "xlsx"})
    log_in_with_mfa(client, tenant.lead.user)
    assert statuses(lambda: client.get(url), 2) == [200, 200]
    refused = client.get(url)
    assert_refused(refused)
    assert_friendly_page(refused)
    # Another lead from the same address still gets their export.
    log_in_with_mfa(client, other_tenant.lead.user)
    assert client.get(url).status_code == 200


@limits(dashboard_export="1/m/user")
def test_national_export_is_limited_per_person(client, tenant):
    url = reverse("dashboards:national_csv")
    staff = [UserFactory(is_staff=True), UserFactory(is_staff=True)]
    log_in_with_mfa(client, staff[0])
    assert client.get(url).status_code == 200
    assert_refused(client.get(url))
    log_in_with_mfa(client, staff[1])
    assert client.get(url).status_code == 200


@limits(dashboard_export="1/m/user")
def test_refused_visitors_do_not_use_up_a_persons_exports(client, tenant):
    """The limit sits behind the access check: an anonymous flood of the export address is
    sent to log in and counts against nobody."""
    url = reverse("dashboards:export", kwargs={"key": "deltakelse-kurs", "fmt": "csv"})
    assert statuses(lambda: client.get(url), 3) == [302] * 3
    log_in_with_mfa(client, tenant.lead.user)
    assert client.get(url).status_code == 200


# --- Quiz submission (per person) --------------------------------------------------------------


@limits(quiz_submit="2/m/user")
def test_quiz_submission_is_limited_per_person_and_reading_is_not(client, tenant, quiz):
    attempts = {}
    for membership in (tenant.learner, tenant.lead):
        learning_services.enrolment_create(user=membership.user, course=quiz.course)
        attempts[membership] = quiz_services.attempt_start(user=membership.user, quiz=quiz.quiz)

    def take(membership):
        return reverse("assessments:attempt", args=[attempts[membership].pk])

    client.force_login(tenant.learner.user)
    url = take(tenant.learner)
    assert statuses(lambda: client.post(url, {"action": "save"}), 2) == [302, 302]
    refused = client.post(url, {"action": "submit"})
    assert_refused(refused)
    assert_friendly_page(refused)
    attempts[tenant.learner].refresh_from_db()
    assert attempts[tenant.learner].submitted_at is None  # refused before anything was done
    assert client.get(url).status_code == 200  # opening the quiz page is never limited

    client.force_login(tenant.lead.user)
    assert client.post(take(tenant.lead), {"action": "submit"}).status_code == 302


# --- allauth's limits, turned on -----------------------------------------------------------------


def test_login_is_limited_by_allauth(client, tenant, password):
    email = tenant.learner.user.email
    with override_settings(ACCOUNT_RATE_LIMITS={"login": "2/m/ip"}):
        for _attempt in range(2):
            client.post(reverse("account_login"), {"login": email, "password": "feil-passord"})
        refused = client.post(reverse("account_login"), {"login": email, "password": password})
    assert refused.status_code == 429
    assert_friendly_page(refused)  # allauth renders our 429.html too
    assert "_auth_user_id" not in client.session


def test_sign_up_is_limited_by_allauth(client):
    def sign_up(n: int):
        password = "Et-langt-og-sikkert-passord-42"
        return client.post(
            reverse("account_signup"),
            {
                "full_name": "Nora Nyansatt",
                "email": f"ny{n}@example.org",
                "password1": password,
                "password2": password,
            },
        )

    with override_settings(ACCOUNT_RATE_LIMITS={"signup": "2/h/ip"}):
        assert [sign_up(n).status_code for n in range(2)] == [302, 302]
        refused = sign_up(3)
    assert refused.status_code == 429
    assert_friendly_page(refused)
    assert get_user_model().objects.filter(email="ny3@example.org").count() == 0


def test_password_reset_is_limited_by_allauth(client, tenant):
    def reset():
        return client.post(reverse("account_reset_password"), {"email": "ingen@example.org"})

    with override_settings(ACCOUNT_RATE_LIMITS={"reset_password": "2/m/ip"}):
        assert [reset().status_code for _ in range(2)] == [302, 302]
        refused = reset()
    assert refused.status_code == 429
    assert_friendly_page(refused)


# The other login forms: Wagtail's front-end login (for private pages), the Wagtail admin's and
# the Django admin's. They are Django's own LoginView, which allauth's limits (and its MFA
# step, see test_sessions) would not cover; config/urls.py sends them to allauth's.
OTHER_LOGIN_FORMS = ["/_util/login/", "/admin/login/", "/django-admin/login/"]


@pytest.mark.parametrize("url", OTHER_LOGIN_FORMS)
def test_other_login_forms_are_limited_too(client, password, url):
    staff = UserFactory(is_staff=True, is_superuser=True)
    with override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "3/m/ip", "login": "3/m/ip"}):
        for _attempt in range(3):
            client.post(url, {"username": staff.email, "password": "feil-passord"})
        client.post(url, {"username": staff.email, "password": password})
    assert "_auth_user_id" not in client.session


# --- The helper itself -----------------------------------------------------------------------


def test_defaults_apply_without_the_setting():
    with override_settings():
        from django.conf import settings

        if hasattr(settings, "SPIRE_RATE_LIMITS"):
            del settings.SPIRE_RATE_LIMITS
        assert ratelimit.rates_for("case_search") == [ratelimit.Rate(60, 60, "ip")]
        assert ratelimit.rates_for("quiz_submit") == [ratelimit.Rate(10, 60, "user")]


def test_a_setting_changes_turns_off_or_adds_rates():
    with limits(case_search="5/10m/ip,100/d", quiz_submit=""):
        assert ratelimit.rates_for("case_search") == [
            ratelimit.Rate(5, 600, "ip"),
            ratelimit.Rate(100, 86400, "ip"),
        ]
        assert ratelimit.rates_for("quiz_submit") == []
        assert ratelimit.rates_for("case_export") == [ratelimit.Rate(30, 60, "ip")]
    with override_settings(SPIRE_RATE_LIMITS=False):
        assert ratelimit.rates_for("case_search") == []


@pytest.mark.parametrize("rate", ["30", "x/m", "30/q/ip", "30/m/key", "1/2/3/4", "5/0m/ip"])
def test_a_malformed_rate_is_a_configuration_error(rate):
    with pytest.raises(ImproperlyConfigured):
        ratelimit.parse_rate(rate)


def test_an_unknown_action_is_refused_when_the_view_is_decorated():
    with pytest.raises(ImproperlyConfigured):
        ratelimit.rate_limit("case_serach")


@limits(case_search="2/m/ip")
def test_ipv6_clients_count_by_network(rf: RequestFactory):
    def consume(address: str):
        request = rf.get("/", REMOTE_ADDR=address)
        return ratelimit.consume(request, "case_search")

    assert consume("2001:db8:1:2::1") is None
    assert consume("2001:db8:1:2::ffff") is None  # the same /64
    assert consume("2001:db8:1:2:abcd::9") is not None
    assert consume("2001:db8:1:3::1") is None  # another network


@limits(case_search="5/m/ip,2/h/ip")
def test_every_rate_of_an_action_counts(rf: RequestFactory):
    request = rf.get("/")
    assert ratelimit.consume(request, "case_search") is None
    assert ratelimit.consume(request, "case_search") is None
    refusal = ratelimit.consume(request, "case_search")  # within the minute's, over the hour's
    assert refusal is not None
    assert 60 < refusal.retry_after <= 3600
