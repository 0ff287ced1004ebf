"""The access matrix: every URL that takes an id, a code or a token, and every page of Spire's
own apps, asked by each kind of person, against the rules in access_rules.py.

The cases come from walking the URL configuration, not from the rules: a URL the walk finds
without a rule is a failing case that says to add one, so no new URL escapes the matrix."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from allauth.mfa.utils import is_mfa_enabled
from django.urls import reverse

from tests.factories import PASSWORD
from tests.factories.mfa import log_in_with_mfa
from tests.security.access_rules import (
    EXCLUDED,
    EXCLUDED_PREFIXES,
    FOUND,
    LOGIN,
    OUTSIDERS,
    ROLES,
    RULES,
    Bug,
    Redirect,
    Rule,
)
from tests.security.url_walk import FoundUrl, walk

# --- Walking the URL configuration (tests/security/url_walk.py) ----------------------------


def _in_matrix(url: FoundUrl) -> bool:
    if url.route.startswith(tuple(EXCLUDED_PREFIXES)):
        return False
    return url.ours or url.takes_arguments


def matrix_urls() -> dict[str, str]:
    """The URLs the matrix must cover (excluded ones included), by key, with their routes."""
    return {url.key: url.route for url in walk() if _in_matrix(url)}


# --- The cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    key: str
    route: str
    rule: Rule | None  # None: the URL has no rule yet
    role: str

    @property
    def id(self) -> str:
        if self.rule is None:
            return f"{self.key}-NO-RULE"
        label = f"[{self.rule.label}]" if self.rule.label else ""
        return f"{self.key}{label}-{self.rule.method}-{self.role}"


def _rules_of(key: str) -> tuple[Rule, ...]:
    rules = RULES[key]
    return rules if isinstance(rules, tuple) else (rules,)


def _cases() -> list:
    cases = []
    for key, route in sorted(matrix_urls().items()):
        if key in EXCLUDED:
            continue
        if key not in RULES:
            missing = Case(key, route, None, "")
            cases.append(pytest.param(missing, id=missing.id))
            continue
        for rule in _rules_of(key):
            for role in ROLES:
                outcome = rule.expect.get(role)
                case = Case(key, route, rule, role)
                marks = (
                    [pytest.mark.xfail(strict=True, reason=outcome.reason)]
                    if isinstance(outcome, Bug)
                    else []
                )
                cases.append(pytest.param(case, id=case.id, marks=marks))
    return cases


CASES = _cases()


# --- Checking one answer ---------------------------------------------------------------------


def _body(response) -> str:
    # Reading a stream to the end closes it the way the test client expects; closing it by
    # hand would fire request_finished and close the database connection mid-test.
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", errors="replace")


def _location_path(response) -> str:
    return urlsplit(response.get("Location", "")).path


def _describe(response) -> str:
    if 300 <= response.status_code < 400:
        return f"{response.status_code} to {response.get('Location')}"
    return str(response.status_code)


def _lands_on_login(client, response, hops: int = 3) -> bool:
    """A redirect that ends on allauth's login page, directly or through other redirects (a
    login page of Wagtail's that hands over to allauth, say) — but never on another login page,
    which would take a password without allauth's MFA step and rate limits."""
    for _ in range(hops):
        if response.status_code not in (301, 302):
            return False
        if _location_path(response) == reverse("account_login"):
            return True
        response = client.get(response["Location"])
    return False


def _matches(client, response, outcome, world) -> bool:
    login_path = reverse("account_login")
    redirected = response.status_code in (301, 302)
    if outcome == LOGIN:
        return _lands_on_login(client, response)
    if outcome == FOUND:
        return redirected and _location_path(response) != login_path
    if isinstance(outcome, Redirect):
        return redirected and _location_path(response) == outcome.path(world)
    return response.status_code == outcome


def _url(rule: Rule, key: str, world) -> str:
    if rule.path is not None:
        return rule.path(world)
    return reverse(key, kwargs=rule.kwargs(world) if rule.kwargs else None)


@pytest.mark.parametrize("case", CASES)
def test_access(case: Case, world, client, db):
    if case.rule is None:
        pytest.fail(
            f"{case.route} ({case.key}) has no access rule. Add one to "
            "tests/security/access_rules.py RULES saying what each role gets, or to EXCLUDED "
            "with the reason it is left out."
        )
    outcome = case.rule.expect[case.role]
    expected = outcome.expected if isinstance(outcome, Bug) else outcome
    user = world.users[case.role]
    if user is not None:
        # Privileged people have MFA (conftest); their sessions passed it, as after login.
        if is_mfa_enabled(user):
            log_in_with_mfa(client, user)
        else:
            client.force_login(user)
    url = _url(case.rule, case.key, world)
    send = client.post if case.rule.method == "POST" else client.get
    data = case.rule.data(world) if callable(case.rule.data) else case.rule.data
    response = send(url, dict(data))
    assert _matches(client, response, expected, world), (
        f"{case.rule.method} {url} as {case.role}: expected {expected}, got {_describe(response)}"
    )
    if case.role in OUTSIDERS and response.status_code == 200:
        body = _body(response)
        shown = [
            name
            for name, secret in world.secrets.items()
            if secret in body and name not in case.rule.may_show
        ]
        assert not shown, f"{url} shows {case.role} organisation A's {shown}"


# --- Signing in past MFA ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("login_page", "role", "dashboard"),
    [
        ("account_login", "lead_a", "dashboards:organization"),
        ("account_login", "staff", "dashboards:national"),
        ("wagtailadmin_login", "lead_a", "dashboards:organization"),
        ("wagtailadmin_login", "staff", "dashboards:national"),
        ("wagtailcore_login", "lead_a", "dashboards:organization"),
        ("wagtailcore_login", "staff", "dashboards:national"),
        ("admin:login", "staff", "dashboards:national"),
    ],
)
def test_no_login_page_skips_mfa(login_page, role, dashboard, world, client, db):
    """A lead or staff member with MFA set up, signing in with only their password, must not
    reach a dashboard, whichever login page they use: Wagtail's admin and front-end logins and
    Django's admin login take a password alone, so they must hand over to allauth."""
    user = world.users[role]
    signed = client.post(
        reverse(login_page), {"login": user.email, "username": user.email, "password": PASSWORD}
    )
    if login_page == "account_login":  # the password was right: allauth asks for the code
        assert _location_path(signed) == reverse("mfa_authenticate")
    response = client.get(reverse(dashboard))
    assert response.status_code != 200, f"{reverse(login_page)} let {role} past MFA"


# --- Marking a step done ----------------------------------------------------------------------


def test_a_quiz_is_not_marked_done_without_passing_it(world, client, db):
    from learning.models import StepCompletion

    learner = world.users["learner_a"]
    passed = StepCompletion.objects.filter(user=learner, step_id=world.quiz.pk)
    assert not world.submitted_attempt.passed and not passed.exists()
    client.force_login(learner)
    client.post(reverse("learning:complete_step", args=[world.quiz.pk]))
    assert not passed.exists()


# --- The rules themselves --------------------------------------------------------------------


def test_walk_finds_the_urls_the_matrix_is_about():
    """Guards the walk itself: if it found nothing, every other check would pass vacuously."""
    found = matrix_urls()
    for key in ("organizations:member_edit", "dashboards:organization", "wagtail_serve"):
        assert key in found
    assert not any(route.startswith("admin/") for route in found.values())


def test_every_rule_is_for_a_url_that_exists():
    found = matrix_urls()
    gone = sorted(set(RULES) - set(found))
    assert not gone, f"Rules for URLs that no longer exist (remove them): {gone}"
    stale = sorted(set(EXCLUDED) - set(found))
    assert not stale, f"Exclusions for URLs that no longer exist (remove them): {stale}"
    assert not set(RULES) & set(EXCLUDED), "A URL is both ruled and excluded"


def test_every_rule_names_every_role_and_a_way_to_build_its_url():
    for key in RULES:
        for rule in _rules_of(key):
            assert set(rule.expect) == set(ROLES), key
            assert rule.method in ("GET", "POST"), key
            assert not (rule.kwargs and rule.path), key
        variants = [(rule.label, rule.method) for rule in _rules_of(key)]
        assert len(variants) == len(set(variants)), f"{key}: give each rule its own label"
