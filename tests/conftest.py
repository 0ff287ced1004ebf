"""Shared fixtures: two organisations with people in each role, so every test can ask whether
one organisation's data stays out of the other's reach."""

from contextlib import contextmanager
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connection, transaction

from organizations.models import Membership, Organization
from tests.factories import (
    PASSWORD,
    DepartmentFactory,
    EmailDomainFactory,
    MembershipFactory,
    OrganizationFactory,
    UserFactory,
)
from tests.factories.courses import CourseTree, build_course, course_index_ensure
from tests.factories.mfa import log_in_with_mfa
from tests.factories.quizzes import QuizPageFactory, make_question


@dataclass
class Tenant:
    organization: Organization
    admin: Membership
    lead: Membership
    learner: Membership


def _tenant(name: str, domain: str) -> Tenant:
    organization = OrganizationFactory(name=name)
    EmailDomainFactory(organization=organization, domain=domain)
    department = DepartmentFactory(organization=organization, name="Innkjøp")
    return Tenant(
        organization=organization,
        admin=MembershipFactory(
            organization=organization,
            user=UserFactory(email=f"admin@{domain}"),
            is_admin=True,
            department=department,
        ),
        lead=MembershipFactory(
            organization=organization, user=UserFactory(email=f"leder@{domain}"), is_lead=True
        ),
        learner=MembershipFactory(
            organization=organization, user=UserFactory(email=f"ansatt@{domain}")
        ),
    )


def pytest_configure(config):
    """Remove SQLite test databases made for other migrations (their names carry a fingerprint
    of the migrations, config/settings/test.py), once, in the main process."""
    if hasattr(config, "workerinput"):
        return
    current = Path(settings.DATABASES["default"].get("TEST", {}).get("NAME") or "")
    prefix = getattr(settings, "TEST_DB_PREFIX", None)
    if not prefix or not current.name.startswith(prefix):
        return
    for stale in current.parent.glob(f"{prefix}*"):
        if not stale.name.startswith(current.name):
            stale.unlink(missing_ok=True)


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    requested = {"transactional_db", "live_server"} & set(item.fixturenames)
    return bool(requested or (marker and marker.kwargs.get("transaction")))


def pytest_collection_modifyitems(items):
    """A transactional test (live server, real Celery worker) ends by emptying every table,
    the rows the migrations made included (Wagtail's root page, its groups). With a test
    database reused between runs and tests spread over parallel workers, later tests would
    find it empty. `_migrations_rows_back` puts those rows back after each such test."""
    for item in items:
        if _is_transactional(item):
            item.fixturenames.insert(0, "_migrations_rows_back")


_MIGRATIONS_ROWS: dict[str, str] = {}


@pytest.fixture
def _migrations_rows_back(django_db_setup, django_db_blocker):
    """Put the migrations' rows back after a transactional test. Requested first, so it ends
    last: after the test's table flush, which also made content types and permissions anew
    (their new ids would clash with the rows put back, so they are emptied again first).
    The rows are read once per process, before the first such test, when the database holds
    only what the migrations made."""
    with django_db_blocker.unblock():
        if DEFAULT_DB_ALIAS not in _MIGRATIONS_ROWS:
            _MIGRATIONS_ROWS[DEFAULT_DB_ALIAS] = connection.creation.serialize_db_to_string()
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(_MIGRATIONS_ROWS[DEFAULT_DB_ALIAS])
        # The flush started PostgreSQL's id sequences again at 1; the rows put back hold ids.
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)


@contextmanager
def rolled_back_after(django_db_blocker):
    """Data a whole module reads, built once and undone when the module is done (each test's
    own changes are undone after the test, inside it)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def installed_site(django_db_setup, django_db_blocker):
    """What an operator's `spire_setup` makes (pages, groups, workflow, survey, municipalities),
    once per module."""
    with rolled_back_after(django_db_blocker):
        call_command("spire_setup", stdout=StringIO())
        yield


@pytest.fixture
def tenant(db) -> Tenant:
    return _tenant("Testvik kommune", "testvik.kommune.no")


@pytest.fixture
def other_tenant(db) -> Tenant:
    return _tenant("Andeby kommune", "andeby.kommune.no")


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate-limit counters live in the cache; start each test from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploads go to a folder of the test's own, never into the checkout's `media/`."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def login(client):
    def _login(membership_or_user):
        user = getattr(membership_or_user, "user", membership_or_user)
        client.force_login(user)
        return client

    return _login


@pytest.fixture
def mfa_login(client):
    """Sign in as a membership's person (or a user) with MFA set up, in a session that passed
    it: what every lead, admin, editor, platform administrator and staff page requires."""

    def _login(membership_or_user):
        return log_in_with_mfa(client, getattr(membership_or_user, "user", membership_or_user))

    return _login


@pytest.fixture
def course_index(db):
    return course_index_ensure()


@pytest.fixture
def course(course_index) -> CourseTree:
    return build_course(course_index)


@pytest.fixture
def quiz(course):
    """A module quiz after the lessons of the course's first module, with four questions."""
    questions = [
        make_question(
            "single",
            "Hvilken fase kommer først?",
            [("Behovsavklaring", True), ("Kontrakt", False), ("Spredning", False)],
        ),
        make_question(
            "multiple",
            "Hvilke er prinsipper?",
            [("Likebehandling", True), ("Etterprøvbarhet", True), ("Hastverk", False)],
        ),
        make_question(
            "numeric",
            "Minst hvor mange prosent?",
            numeric_answer=30,
            numeric_tolerance=0,
            unit="prosent",
        ),
        make_question(
            "ordering",
            "Sett fasene i rekkefølge",
            [("Behovsavklaring", False), ("Markedsdialog", False), ("Konkurranse", False)],
        ),
    ]
    course.quiz = QuizPageFactory(
        parent=course.modules[0],
        title="Quiz modul 1",
        pass_mark=75,
        attempt_limit=2,
        questions=questions,
    )
    course.questions = questions
    return course


@pytest.fixture
def case_index(db):
    from tests.factories.cases import case_index_ensure

    return case_index_ensure()


@pytest.fixture
def client_in_attempt(login, tenant, quiz):
    """The learner signed in, enrolled, with an attempt at the quiz started through the view:
    (client, attempt)."""
    from django.urls import reverse

    from assessments.models import Attempt
    from learning import services as learning

    learning.enrolment_create(user=tenant.learner.user, course=quiz.course)
    client = login(tenant.learner)
    response = client.post(reverse("assessments:start", args=[quiz.quiz.pk]))
    attempt = Attempt.objects.get()
    assert response.url == reverse("assessments:attempt", args=[attempt.pk])
    return client, attempt
