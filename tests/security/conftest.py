"""The world the access matrix asks about: two organisations, a person in every role, and one
object of every kind that a URL takes an id for, owned by organisation A.

It is built once per test module, inside a transaction that is rolled back when the module is
done; each test runs in a savepoint within it (pytest-django's ``db``), so a POST that deletes
or changes something leaves the next test the same world."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from tests.conftest import Tenant, _tenant
from tests.factories import InvitationFactory, MembershipFactory, UserFactory
from tests.factories.cases import case_index_ensure, publish_case
from tests.factories.courses import (
    CourseTree,
    LessonPageFactory,
    build_course,
    course_index_ensure,
)
from tests.factories.mfa import enable_mfa
from tests.factories.quizzes import QuizPageFactory, make_question

# Text that belongs to organisation A and its learner only. A page that answers 200 to
# someone outside A must not contain any of it (see test_access_matrix).
LEARNER_A_NAME = "Ingrid Hemmeligsen"
DRAFT_TITLE = "Hemmelig utkast fra Testvik"
DRAFT_DOCUMENT = "anbud-utkast-testvik.pdf"


@dataclass
class World:
    tenant_a: Tenant
    tenant_b: Tenant
    users: dict[str, AbstractBaseUser | None]  # by role; None is the anonymous visitor
    pending_request: object  # a Membership asking to join A
    invitation: object
    invitation_token: str
    course: CourseTree
    draft_lesson: object
    quiz: object
    certificate: object
    open_attempt: object
    submitted_attempt: object
    survey_round: object
    assignment: object
    case: object  # published, led by A, looking for partners
    draft_case: object  # a draft a learner of A started
    restricted_case: object  # published, for signed-in people only
    interest: object  # B's interest in joining A's case
    public_document: object
    draft_document: object
    secrets: dict[str, str] = field(default_factory=dict)

    @property
    def lesson(self):
        return self.course.steps[0]


def _editors_group():
    """Spire's Editors group, with the document permissions Wagtail's migrations give it (a
    transactional test elsewhere may have flushed them)."""
    from django.contrib.auth.models import Permission
    from wagtail.models import Collection, GroupCollectionPermission

    from home.setup import editor_group_ensure

    group = editor_group_ensure()
    for codename in ("add_document", "change_document", "choose_document"):
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(
                content_type__app_label="wagtaildocs", codename=codename
            ),
        )
    return group


def _people(tenant_a: Tenant, tenant_b: Tenant) -> dict[str, AbstractBaseUser | None]:
    """The roles the matrix asks for. The other organisation's person is both its lead and
    its admin, so every organisation view lets them past the role check and it is the
    organisation scoping alone that must answer 404 for A's objects."""
    tenant_b.lead.is_admin = True
    tenant_b.lead.save(update_fields=["is_admin"])
    editor = UserFactory(email="redaktor@spire.test")
    editor.groups.add(_editors_group())
    staff = UserFactory(email="stab@spire.test", is_staff=True)
    learner = tenant_a.learner.user
    learner.full_name = LEARNER_A_NAME
    learner.save(update_fields=["full_name"])
    for user in (tenant_a.lead.user, tenant_a.admin.user, tenant_b.lead.user, staff, editor):
        enable_mfa(user)
    return {
        "anonymous": None,
        "learner_a": learner,
        "lead_a": tenant_a.lead.user,
        "admin_a": tenant_a.admin.user,
        "editor": editor,
        "member_b": tenant_b.lead.user,
        "staff": staff,
    }


def _quiz(module):
    question = make_question("single", "Hva kommer først?", [("Behov", True), ("Kontrakt", False)])
    return QuizPageFactory(
        parent=module, title="Quiz", pass_mark=50, attempt_limit=0, questions=[question]
    )


def _learning(tenant_a: Tenant, index) -> dict:
    """A course with a quiz, the learner's attempts and certificate, and an assignment."""
    from assessments import services as quiz_services
    from learning import services as learning_services

    course = build_course(index, modules=1, lessons=2)
    quiz = _quiz(course.modules[0])
    draft_lesson = LessonPageFactory(
        parent=course.modules[0], title="Upublisert leksjon", live=False, body=[]
    )
    learner = tenant_a.learner.user
    enrolment = learning_services.enrolment_create(
        user=learner, course=course.course, organization=tenant_a.organization
    )
    submitted = quiz_services.attempt_start(user=learner, quiz=quiz)
    submitted = quiz_services.attempt_submit(attempt=submitted, user=learner)
    return {
        "course": course,
        "quiz": quiz,
        "draft_lesson": draft_lesson,
        "submitted_attempt": submitted,
        "open_attempt": quiz_services.attempt_start(user=learner, quiz=quiz),
        "certificate": learning_services.course_complete(
            user=learner, course=course.course, enrolment=enrolment
        ),
        "assignment": learning_services.assignment_create(
            organization=tenant_a.organization,
            course=course.course,
            due_date=timezone.localdate() + timedelta(days=30),
            assigned_by=tenant_a.lead.user,
        ),
    }


def _cases(tenant_a: Tenant, tenant_b: Tenant) -> dict:
    """A's published case looking for partners (with a public document and B's interest),
    a login-only case, and a learner's draft with a file uploaded for it."""
    from wagtail.documents import get_document_model
    from wagtail.models import PageViewRestriction

    from cases import services
    from cases.models import CaseDocument

    index = case_index_ensure()
    public_document = get_document_model().objects.create(
        title="Konkurransegrunnlag", file=ContentFile(b"%PDF-1.4 offentlig", name="grunnlag.pdf")
    )
    case = publish_case(
        index,
        title="Felles innkjøp av trygghetsalarmer",
        status="planlagt",
        organizations=[tenant_a.organization],
        documents=[CaseDocument(title="Konkurransegrunnlag", document=public_document)],
    )
    restricted = publish_case(
        index, title="Bare for innloggede", organizations=[tenant_a.organization]
    )
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    learner = tenant_a.learner.user
    draft = services.case_draft_create(membership=tenant_a.learner, title=DRAFT_TITLE)
    draft_document = services.case_document_store(
        file=ContentFile(b"%PDF-1.4 utkast", name=DRAFT_DOCUMENT), title="Utkast", user=learner
    )
    edited = draft.get_latest_revision_as_object()
    edited.documents = [CaseDocument(title="Utkast", document=draft_document)]
    services.case_draft_save(case=edited, user=learner)
    interest = services.partner_interest_register(
        case=case, membership=tenant_b.lead, message="Vi vil gjerne være med."
    )
    return {
        "case": case,
        "restricted_case": restricted,
        "draft_case": draft,
        "interest": interest,
        "public_document": public_document,
        "draft_document": draft_document,
    }


def _organization(tenant_a: Tenant) -> dict:
    from assessments import services as survey_services
    from organizations.models import MembershipStatus
    from organizations.tokens import invitation_token

    invitation = InvitationFactory(
        organization=tenant_a.organization, email="ny@testvik.kommune.no"
    )
    today = timezone.localdate()
    return {
        "pending_request": MembershipFactory(
            organization=tenant_a.organization, status=MembershipStatus.PENDING
        ),
        "invitation": invitation,
        "invitation_token": invitation_token(invitation.pk),
        "survey_round": survey_services.survey_round_create(
            organization=tenant_a.organization,
            title="Kapasitet våren",
            opens_on=today,
            closes_on=today + timedelta(days=14),
            created_by=tenant_a.lead.user,
        ),
    }


def build_world(course_index) -> World:
    tenant_a = _tenant("Testvik kommune", "testvik.kommune.no")
    tenant_b = _tenant("Andeby kommune", "andeby.kommune.no")
    world = World(
        tenant_a=tenant_a,
        tenant_b=tenant_b,
        users=_people(tenant_a, tenant_b),
        **_organization(tenant_a),
        **_learning(tenant_a, course_index),
        **_cases(tenant_a, tenant_b),
    )
    world.secrets = {
        "learner_a_email": tenant_a.learner.user.email,
        "learner_a_name": LEARNER_A_NAME,
        "draft_title": DRAFT_TITLE,
        "draft_document": DRAFT_DOCUMENT,
    }
    return world


@pytest.fixture(scope="module")
def world_media(tmp_path_factory):
    """The folder the world's uploads go to, for the whole module."""
    return tmp_path_factory.mktemp("media")


@pytest.fixture
def _media_root(settings, world_media):
    """Tests here read the files the module's world uploaded, so they share its folder (in
    place of the root conftest's folder per test)."""
    settings.MEDIA_ROOT = world_media


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, world_media):
    """Built once for the module and rolled back after it; uploaded files go to a temporary
    folder."""
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=world_media),
        transaction.atomic(),
    ):
        yield build_world(course_index_ensure())
        transaction.set_rollback(True)
