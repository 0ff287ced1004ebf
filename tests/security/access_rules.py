"""Who may open what: one rule for every URL that takes an id, a code or a token, and for every
page of Spire's own apps (they all work inside a person's organisation or account).

test_access_matrix walks the URL configuration and fails for a URL that has no rule here and
is not excluded below, and for a rule whose URL is gone. So adding a URL means deciding, here,
what each kind of person gets from it.

A rule builds the URL for an object that belongs to organisation A (from the ``world`` in
conftest.py) and says what each role gets:

- ``anonymous``  not signed in
- ``learner_a``  a member of A (and, where it matters, the person who owns the object)
- ``lead_a``     a lead of A, with MFA
- ``admin_a``    an admin of A (members, invitations, departments), with MFA
- ``editor``     in Wagtail's Editors group, with MFA, member of no organisation
- ``member_b``   lead and admin of organisation B, with MFA: the other organisation
- ``staff``      platform staff (``is_staff``), with MFA, member of no organisation

Outcomes: a status code (200, 400, 403, 404, 405, 410), ``LOGIN`` (a redirect that ends on
allauth's login page), ``FOUND`` (a redirect anywhere but the login page) or ``Redirect(...)``
(to the URL of that name, or the path a function of the world gives).
``Bug(outcome, reason)`` is what the role should get but does not yet: the case is an
expected failure (strict), so fixing the bug turns it into a pass that must be recorded here.

ARCHITECTURE.md: another organisation's object answers 404. An organisation page without an id
(the dashboard, the member list) answers member_b with 200 — about B, which the matrix checks by
looking for A's secrets in the page."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from django.urls import reverse

from cases.forms.submission import STEPS

if TYPE_CHECKING:
    from tests.security.conftest import World

ROLES = ("anonymous", "learner_a", "lead_a", "admin_a", "editor", "member_b", "staff")
# Roles outside organisation A: a 200 for them must not show A's secrets (conftest.World).
OUTSIDERS = ("anonymous", "editor", "member_b", "staff")

LOGIN = "login"
FOUND = 302


@dataclass(frozen=True)
class Redirect:
    to: str | Callable[[World], str]  # a URL name reversed without arguments, or a path

    def path(self, world: World) -> str:
        return self.to(world) if callable(self.to) else reverse(self.to)


@dataclass(frozen=True)
class Bug:
    """What the role should get; today it gets something else (a known access bug)."""

    expected: object
    reason: str


Outcome = int | str | Redirect | Bug


@dataclass(frozen=True)
class Rule:
    expect: Mapping[str, Outcome]
    kwargs: Callable[[World], dict] | None = None  # reversed with the URL's name
    path: Callable[[World], str] | None = None  # or the path itself (Wagtail's pages)
    method: str = "GET"
    # The form for a POST, the query string for a GET.
    data: Mapping[str, str] | Callable[[World], Mapping[str, str]] = field(default_factory=dict)
    label: str = ""  # tells apart several rules for one URL
    may_show: tuple[str, ...] = ()  # secrets (World.secrets keys) this page may show anyone


def expect(otherwise: Outcome, **by_role: Outcome) -> dict[str, Outcome]:
    """An outcome for every role: the named ones, and ``otherwise`` for the rest."""
    unknown = set(by_role) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown roles {sorted(unknown)}; the roles are {ROLES}")
    return {role: by_role.get(role, otherwise) for role in ROLES}


def everyone(outcome: Outcome) -> dict[str, Outcome]:
    return expect(outcome)


def signed_in(outcome: Outcome, **by_role: Outcome) -> dict[str, Outcome]:
    """Anyone signed in gets ``outcome``; a visitor is sent to log in."""
    return expect(outcome, **{"anonymous": LOGIN, **by_role})


# The shapes most organisation URLs take.
ADMIN_PAGE = signed_in(403, admin_a=200, member_b=200)
LEAD_PAGE = signed_in(403, lead_a=200, member_b=200)
DASHBOARD = signed_in(403, lead_a=200, admin_a=200, member_b=200)
A_MEMBERS_ONLY = signed_in(404, learner_a=200, lead_a=200, admin_a=200)
OWNER_ONLY = signed_in(404, learner_a=200)


def admin_object(admin_outcome: Outcome) -> dict[str, Outcome]:
    """An object of A that only A's admins may touch: B's admin gets 404."""
    return signed_in(403, admin_a=admin_outcome, member_b=404)


def post_only(rule: Rule) -> tuple[Rule, Rule]:
    """A view that only takes POST: the rule for POST, and 405 for a GET from anyone."""
    return (
        Rule(expect=everyone(405), kwargs=rule.kwargs, path=rule.path, label=rule.label),
        replace(rule, method="POST"),
    )


def _membership(world: World) -> dict:
    return {"membership_id": world.tenant_a.learner.pk}


def _case(world: World) -> dict:
    return {"case_id": world.case.pk}


def _draft(world: World) -> dict:
    return {"case_id": world.draft_case.pk}


def _a_department(world: World) -> dict:
    """The dashboards' department filter, set to a department of A."""
    return {"avdeling": str(world.tenant_a.admin.department_id)}


def _export(world: World) -> dict:
    """An export of a table every organisation's dashboard has."""
    return {"key": "deltakelse", "fmt": "csv"}


_FIRST_STEP = Redirect(
    lambda w: reverse("cases:case_step", kwargs={**_draft(w), "step": STEPS[0].slug})
)

RULES: dict[str, Rule | tuple[Rule, ...]] = {
    # --- accounts: the person's own account ---------------------------------------------------
    # The language switcher only sets the visitor's own cookie, then goes back (to / here).
    "language": Rule(expect=everyone(FOUND)),
    "accounts:profile": Rule(expect=signed_in(200)),
    "accounts:data_export": Rule(expect=signed_in(200)),
    "accounts:delete": Rule(expect=signed_in(200)),
    # Setting up MFA asks for the password and an emailed code first (accounts/mfa.py); those
    # who have MFA already go through allauth's own checks towards turning it off.
    "mfa_activate_totp": Rule(
        expect=signed_in(FOUND, learner_a=Redirect("account_reauthenticate"))
    ),
    # --- organizations: members, requests, invitations, departments (admins) -----------------
    "organizations:members": Rule(expect=ADMIN_PAGE),
    "organizations:member_edit": (
        Rule(expect=admin_object(200), kwargs=_membership),
        # An empty form is shown again to A's admin.
        Rule(expect=admin_object(200), kwargs=_membership, method="POST"),
    ),
    "organizations:member_remove": (
        Rule(expect=admin_object(200), kwargs=_membership),
        Rule(
            expect=admin_object(Redirect("organizations:members")),
            kwargs=_membership,
            method="POST",
        ),
    ),
    "organizations:requests": Rule(expect=ADMIN_PAGE),
    "organizations:request_decide": post_only(
        Rule(
            expect=admin_object(Redirect("organizations:requests")),
            kwargs=lambda w: {"membership_id": w.pending_request.pk},
            data={"decision": "reject"},
        )
    ),
    "organizations:invitations": Rule(expect=ADMIN_PAGE),
    "organizations:invitation_revoke": post_only(
        Rule(
            expect=admin_object(Redirect("organizations:invitations")),
            kwargs=lambda w: {"invitation_id": w.invitation.pk},
        )
    ),
    "organizations:departments": Rule(expect=ADMIN_PAGE),
    "organizations:department_edit": (
        Rule(
            expect=admin_object(200),
            kwargs=lambda w: {"department_id": w.tenant_a.admin.department_id},
        ),
        Rule(
            expect=admin_object(Redirect("organizations:departments")),
            kwargs=lambda w: {"department_id": w.tenant_a.admin.department_id},
            method="POST",
            data={"action": "delete"},
            label="delete",
        ),
    ),
    "organizations:switch": post_only(
        Rule(expect=signed_in(FOUND), data={"organization": "0", "next": "/"})
    ),
    "organizations:join": Rule(expect=signed_in(200)),
    # Anyone signed in may ask to join any organisation; the admins decide.
    "organizations:join_request": post_only(
        Rule(
            expect=signed_in(Redirect("organizations:join")),
            kwargs=lambda w: {"organization_id": w.tenant_a.organization.pk},
        )
    ),
    # The signed token is the secret: anyone holding it may see the invitation.
    "organizations:invitation_accept": (
        Rule(expect=everyone(200), kwargs=lambda w: {"token": w.invitation_token}),
        Rule(
            expect=everyone(404),
            kwargs=lambda w: {"token": f"{w.invitation.pk}:forfalsket"},
            label="forged token",
        ),
    ),
    # --- learning ----------------------------------------------------------------------------
    "learning:my_courses": Rule(expect=signed_in(200)),
    "learning:assignments": Rule(expect=LEAD_PAGE),
    # Courses are open to everyone signed in.
    "learning:enrol": (
        *post_only(
            Rule(expect=signed_in(FOUND), kwargs=lambda w: {"course_id": w.course.course.pk})
        ),
        Rule(
            expect=signed_in(404),
            kwargs=lambda w: {"course_id": w.lesson.pk},
            method="POST",
            label="not a course",
        ),
    ),
    "learning:complete_step": (
        *post_only(Rule(expect=signed_in(FOUND), kwargs=lambda w: {"step_id": w.lesson.pk})),
        Rule(
            expect=signed_in(FOUND),
            kwargs=lambda w: {"step_id": w.draft_lesson.pk},
            method="POST",
            label="draft step",
        ),
    ),
    # The form to type a code into; it names nobody.
    "learning:certificate_check": Rule(expect=everyone(200)),
    # Anyone holding the code may check the certificate, which names the person.
    "learning:certificate_verify": Rule(
        expect=everyone(200),
        kwargs=lambda w: {"code": w.certificate.certificate_code},
        may_show=("learner_a_name",),
    ),
    "learning:certificate_download": Rule(
        expect=OWNER_ONLY, kwargs=lambda w: {"code": w.certificate.certificate_code}
    ),
    # --- assessments: quizzes (the learner's own attempts) and the capacity survey ----------
    "assessments:start": (
        *post_only(Rule(expect=signed_in(FOUND), kwargs=lambda w: {"quiz_id": w.quiz.pk})),
        Rule(
            expect=signed_in(404),
            kwargs=lambda w: {"quiz_id": w.lesson.pk},
            method="POST",
            label="not a quiz",
        ),
    ),
    "assessments:attempt": (
        Rule(expect=OWNER_ONLY, kwargs=lambda w: {"attempt_id": w.open_attempt.pk}),
        Rule(
            expect=signed_in(
                404,
                learner_a=Redirect(
                    lambda w: reverse("assessments:review", args=[w.open_attempt.pk])
                ),
            ),
            kwargs=lambda w: {"attempt_id": w.open_attempt.pk},
            method="POST",
            data={"action": "submit"},
            label="submit",
        ),
    ),
    "assessments:autosave": post_only(
        Rule(expect=OWNER_ONLY, kwargs=lambda w: {"attempt_id": w.open_attempt.pk})
    ),
    "assessments:review": Rule(
        expect=OWNER_ONLY, kwargs=lambda w: {"attempt_id": w.submitted_attempt.pk}
    ),
    "assessments:survey_rounds": Rule(expect=LEAD_PAGE),
    "assessments:survey_results": Rule(
        expect=signed_in(403, lead_a=200, member_b=404),
        kwargs=lambda w: {"round_id": w.survey_round.pk},
    ),
    "assessments:survey_answer": (
        Rule(expect=A_MEMBERS_ONLY, kwargs=lambda w: {"round_id": w.survey_round.pk}),
        # An empty answer is refused (400) for A's members; nobody else reaches the round.
        Rule(
            expect=signed_in(404, learner_a=400, lead_a=400, admin_a=400),
            kwargs=lambda w: {"round_id": w.survey_round.pk},
            method="POST",
        ),
    ),
    # --- cases: submission (the draft's owner and its organisations), partners, open data -----
    "cases:my_cases": Rule(expect=signed_in(200)),
    "cases:case_new": Rule(expect=signed_in(200)),
    "cases:case_review": Rule(expect=A_MEMBERS_ONLY, kwargs=_draft),
    "cases:case_step": (
        Rule(expect=A_MEMBERS_ONLY, kwargs=lambda w: {**_draft(w), "step": STEPS[0].slug}),
        # Saving a step sends A's members back to it; nobody else may write to the draft.
        Rule(
            expect=signed_in(404, learner_a=_FIRST_STEP, lead_a=_FIRST_STEP, admin_a=_FIRST_STEP),
            kwargs=lambda w: {**_draft(w), "step": STEPS[0].slug},
            method="POST",
            data={"title": "Kapret"},
        ),
        Rule(
            expect=signed_in(404),
            kwargs=lambda w: {**_draft(w), "step": "finnes-ikke"},
            label="unknown step",
        ),
    ),
    "cases:case_propose_update": Rule(
        expect=signed_in(404, learner_a=FOUND, lead_a=FOUND, admin_a=FOUND), kwargs=_case
    ),
    # Another organisation's lead registers interest; A's lead is told A already takes part.
    "cases:interest_register": Rule(
        expect=signed_in(403, lead_a=FOUND, member_b=200), kwargs=_case
    ),
    "cases:interest_accept": post_only(
        Rule(
            expect=signed_in(404, lead_a=FOUND, admin_a=FOUND),
            kwargs=lambda w: {"case_id": w.case.pk, "interest_id": w.interest.pk},
        )
    ),
    "cases:follow": Rule(expect=LEAD_PAGE),
    "cases:api_case_list": Rule(expect=everyone(200)),
    "cases:api_case_detail": (
        Rule(expect=everyone(200), kwargs=_case),
        Rule(expect=everyone(404), kwargs=_draft, label="draft"),
        Rule(
            expect=everyone(404),
            kwargs=lambda w: {"case_id": w.restricted_case.pk},
            label="restricted",
        ),
    ),
    # --- dashboards: leads and admins of the organisation; the national picture for staff ----
    "dashboards:organization": (
        Rule(expect=DASHBOARD),
        Rule(
            expect=signed_in(403, lead_a=200, admin_a=200, member_b=404),
            data=_a_department,
            label="A's department",
        ),
    ),
    "dashboards:refresh": post_only(
        Rule(expect=signed_in(403, lead_a=FOUND, admin_a=FOUND, member_b=FOUND))
    ),
    "dashboards:export": (
        Rule(expect=DASHBOARD, kwargs=_export),
        Rule(
            expect=signed_in(403, lead_a=200, admin_a=200, member_b=404),
            kwargs=_export,
            data=_a_department,
            label="A's department",
        ),
    ),
    "dashboards:assignment_people": Rule(
        expect=signed_in(403, lead_a=200, admin_a=200, member_b=404),
        kwargs=lambda w: {"assignment_id": w.assignment.pk},
    ),
    "dashboards:national": Rule(expect=signed_in(404, staff=200)),
    "dashboards:national_csv": Rule(expect=signed_in(404, staff=200)),
    # --- Wagtail: documents and pages (served by Wagtail's catch-all) ------------------------
    # A file uploaded with a draft is for those who may work on the case and for the editors
    # who review it (Editors may choose documents in the admin); 404 for anyone else.
    "wagtaildocs_serve": (
        Rule(expect=everyone(200), path=lambda w: w.public_document.url, label="published"),
        Rule(
            expect=expect(404, learner_a=200, lead_a=200, admin_a=200, editor=200),
            path=lambda w: w.draft_document.url,
            label="draft",
            may_show=("draft_document",),
        ),
    ),
    "wagtail_serve": (
        Rule(expect=everyone(200), path=lambda w: w.case.url, label="case"),
        Rule(expect=everyone(404), path=lambda w: w.draft_case.url, label="draft case"),
        Rule(
            expect=expect(200, anonymous=LOGIN),
            path=lambda w: w.restricted_case.url,
            label="restricted case",
        ),
        Rule(expect=everyone(200), path=lambda w: w.lesson.url, label="lesson"),
        Rule(expect=everyone(404), path=lambda w: w.draft_lesson.url, label="draft lesson"),
        Rule(expect=everyone(200), path=lambda w: w.quiz.url, label="quiz"),
    ),
}

# Whole branches of the URL configuration the matrix leaves out.
EXCLUDED_PREFIXES: dict[str, str] = {
    "admin/": "Wagtail's admin: its own permission system (Editors, Moderators) and test suite.",
    "django-admin/": "Django's admin: staff only, with Django's own permission checks and tests.",
}

# Single URLs of libraries that take a key or id, left out with the reason.
EXCLUDED: dict[str, str] = {
    "account_confirm_email": "allauth's e-mail confirmation key; allauth tests its tokens.",
    "account_reset_password_from_key": "allauth's password-reset key; allauth tests its tokens.",
    "wagtaildocs_authenticate_with_password": (
        "Wagtail's password form for a restricted document collection; Spire restricts no "
        "collection by password, and Wagtail tests the form."
    ),
    "wagtailcore_authenticate_with_password": (
        "Wagtail's password form for a restricted page; Wagtail tests it, and the restricted "
        "pages themselves are in the matrix under wagtail_serve."
    ),
}
