"""Transactions around writes, and the tasks they enqueue.

A task enqueued by a write that rolls back never runs; one whose write commits runs after the
commit, when a worker on another connection can load its row by id (checked from a second
connection on PostgreSQL). And a request that fails halfway leaves no half-written rows and
nothing the learner saved before is lost."""

from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import timedelta
from unittest.mock import patch

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection

from assessments import services as assessments
from assessments.models import (
    Answer,
    PendingSurveyResponse,
    SurveyAnswer,
    SurveyParticipation,
    SurveyResponse,
    SurveyStatement,
)
from assessments.setup import survey_instrument_ensure
from cases import services as cases
from cases.models import CasePage, PartnerInterest, ServiceArea, ServiceAreaFollow
from core.groups import EDITORS
from dashboards.models import Snapshot
from learning import services as learning
from learning.models import CourseCompletion, Enrolment, StepCompletion
from organizations import services as organizations
from tests.factories import UserFactory
from tests.factories.case_submission import PDF, latest, save_step, start_case
from tests.factories.cases import publish_case
from tests.factories.mfa import log_in_with_mfa
from tests.factories.quizzes import all_right_form
from tests.reliability.conftest import Rollback, fail_after

# --- Tasks follow the commit -----------------------------------------------------------------


@dataclass
class Trigger:
    """A write that enqueues tasks: `setup` builds what it needs, `act` does it, and after a
    commit the tasks in `tasks` must have run and emailed `recipients(scene)`."""

    setup: Callable
    act: Callable
    tasks: list[str]
    recipients: Callable


def _tenant_setup(request):
    return request.getfixturevalue("tenant")


def _invitation_act(tenant):
    organizations.invitation_create(
        organization=tenant.organization,
        email="ny.kollega@testvik.kommune.no",
        roles=organizations.MemberRoles(),
        invited_by=tenant.admin.user,
    )


def _membership_request_setup(request):
    return request.getfixturevalue("tenant"), UserFactory(email="soker@example.org")


def _membership_request_act(scene):
    tenant, user = scene
    organizations.membership_request(user=user, organization=tenant.organization)


def _survey_round_act(tenant):
    assessments.survey_round_create(
        organization=tenant.organization,
        title="Kapasitet våren",
        opens_on=timezone.localdate(),
        closes_on=timezone.localdate() + timedelta(days=14),
        created_by=tenant.lead.user,
    )


@dataclass
class CaseScene:
    tenant: object
    other_tenant: object
    case: CasePage
    editor: object = None


def _partner_interest_setup(request):
    tenant, other = request.getfixturevalue("tenant"), request.getfixturevalue("other_tenant")
    case = publish_case(
        request.getfixturevalue("case_index"),
        title="Felles innkjøp av trygghetsalarmer",
        status="planlagt",
        organizations=[tenant.organization],
    )
    return CaseScene(tenant, other, case)


def _partner_interest_act(scene):
    cases.partner_interest_register(
        case=scene.case, membership=scene.other_tenant.lead, message="Vi vil gjerne være med."
    )


def _interest_accept_setup(request):
    scene = _partner_interest_setup(request)
    _partner_interest_act(scene)
    return scene


def _interest_accept_act(scene):
    # Fresh from the database: a rolled-back accept leaves the loaded row marked accepted.
    interest = PartnerInterest.objects.get(case=scene.case)
    cases.partner_interest_accept(interest=interest, membership=scene.tenant.lead)


def _case_review_setup(request):
    """A submitted case waiting for the editors, in a service area another lead follows."""
    tenant, other = request.getfixturevalue("tenant"), request.getfixturevalue("other_tenant")
    index = request.getfixturevalue("case_index")
    cases.case_review_workflow_ensure(index)
    editor = UserFactory(email="redaktor@example.org")
    editor.groups.add(Group.objects.get(name=EDITORS))
    ServiceAreaFollow.objects.create(
        user=other.lead.user, service_area=ServiceArea.objects.get(slug="helse-omsorg")
    )
    case = publish_case(
        index, title="Digitalt nattilsyn", live=False, organizations=[tenant.organization]
    )
    cases.case_submit(case=case, user=tenant.learner.user)
    return CaseScene(tenant, other, case, editor)


def _case_review_act(scene):
    state = CasePage.objects.get(pk=scene.case.pk).current_workflow_state
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, scene.editor, "approve")


TRIGGERS = {
    "invitation": Trigger(
        _tenant_setup,
        _invitation_act,
        ["send_invitation_email"],
        lambda tenant: ["ny.kollega@testvik.kommune.no"],
    ),
    "membership request": Trigger(
        _membership_request_setup,
        _membership_request_act,
        ["send_membership_request_notice"],
        lambda scene: [scene[0].admin.user.email],
    ),
    "survey round": Trigger(
        _tenant_setup,
        _survey_round_act,
        ["send_survey_invitations"],
        lambda tenant: [m.user.email for m in (tenant.admin, tenant.lead, tenant.learner)],
    ),
    "partner interest": Trigger(
        _partner_interest_setup,
        _partner_interest_act,
        ["notify_partner_interest"],
        lambda scene: [scene.tenant.admin.user.email, scene.tenant.lead.user.email],
    ),
    "partner accepted": Trigger(
        _interest_accept_setup,
        _interest_accept_act,
        ["notify_interest_accepted"],
        lambda scene: [scene.other_tenant.lead.user.email],
    ),
    "case review": Trigger(
        _case_review_setup,
        _case_review_act,
        ["notify_case_reviewed", "notify_followers_of_new_case"],
        lambda scene: [scene.tenant.learner.user.email, scene.other_tenant.lead.user.email],
    ),
}


def _recipients() -> list[str]:
    return sorted(address for email in mail.outbox for address in email.to)


def _rollback_then_commit(kind: str, scene, task_runs, after_commit) -> None:
    """Do the trigger's write in a transaction that rolls back, then in one that commits.
    `after_commit()` is the scope on whose exit the commit's callbacks have run."""
    trigger = TRIGGERS[kind]
    task_runs.clear()
    mail.outbox.clear()

    with after_commit(), pytest.raises(Rollback), transaction.atomic():
        trigger.act(scene)
        raise Rollback
    assert task_runs == [], kind
    assert mail.outbox == [], kind

    with after_commit(), transaction.atomic():  # as a request-wide transaction would
        trigger.act(scene)
        assert task_runs == [], f"{kind}: a task ran before the commit"
    assert sorted(run.name for run in task_runs) == sorted(trigger.tasks), kind
    assert all(run.result for run in task_runs), f"{kind}: a task missed its row: {task_runs}"
    assert _recipients() == sorted(trigger.recipients(scene)), kind


@pytest.mark.django_db
@pytest.mark.parametrize("kind", TRIGGERS)
def test_tasks_run_only_after_commit_and_find_their_row(
    kind, request, task_runs, django_capture_on_commit_callbacks
):
    scene = TRIGGERS[kind].setup(request)
    _rollback_then_commit(
        kind, scene, task_runs, lambda: django_capture_on_commit_callbacks(execute=True)
    )


@pytest.mark.django_db(transaction=True)
def test_after_a_real_commit_another_connection_finds_each_tasks_row(request, task_runs):
    """The same with real transactions: when each task starts, its row is committed and, on
    PostgreSQL, visible from another connection, as it must be for a worker."""
    for kind, trigger in TRIGGERS.items():
        scene = trigger.setup(request)
        _rollback_then_commit(kind, scene, task_runs, nullcontext)
        assert all(run.committed for run in task_runs), f"{kind}: {task_runs}"


@pytest.mark.django_db
def test_a_requested_snapshot_refresh_finds_its_organisation(client, tenant, task_runs):
    log_in_with_mfa(client, tenant.lead.user)
    response = client.post(reverse("dashboards:refresh"))
    assert response.status_code == 302
    [run] = task_runs
    assert run.name == "refresh_organization_snapshots"
    assert run.result >= 1
    assert Snapshot.objects.filter(organization=tenant.organization).exists()


# --- A request that fails halfway --------------------------------------------------------------


@pytest.mark.django_db
def test_a_submit_failing_after_grading_keeps_the_attempt_open_with_its_answers(
    client_in_attempt, quiz
):
    client, attempt = client_in_attempt
    url = reverse("assessments:attempt", args=[attempt.pk])
    data = {**all_right_form(quiz), "action": "submit"}

    # Grading is written, then completing the step loses the connection.
    with (
        patch("assessments.services.step_complete", fail_after(learning.step_complete)),
        pytest.raises(DatabaseError),
    ):
        client.post(url, data)

    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.points is None  # no half grade
    answers = Answer.objects.filter(attempt=attempt)
    assert answers.count() == 4  # what the learner wrote is kept …
    assert set(answers.values_list("score", flat=True)) == {None}  # … ungraded
    assert not StepCompletion.objects.filter(step=quiz.quiz).exists()

    response = client.post(url, {"action": "submit"})  # trying again grades what was kept
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.passed and attempt.percent == 100
    assert StepCompletion.objects.filter(step=quiz.quiz).count() == 1


@pytest.mark.django_db
def test_an_autosave_failing_halfway_keeps_the_answer_saved_before(client_in_attempt, quiz):
    client, attempt = client_in_attempt
    single = quiz.questions[0]
    right = single.options.get(is_correct=True).pk
    wrong = single.options.filter(is_correct=False).first().pk
    autosave = reverse("assessments:autosave", args=[attempt.pk])
    client.post(autosave, {"question": single.pk, f"q-{single.pk}": right})

    failing = fail_after(Answer.objects.bulk_create)
    with (
        patch.object(Answer.objects, "bulk_create", failing),
        pytest.raises(DatabaseError),
    ):
        client.post(autosave, {"question": single.pk, f"q-{single.pk}": wrong})

    assert Answer.objects.get(attempt=attempt, question=single).choices == [right]


@pytest.fixture
def survey_round(tenant):
    survey_instrument_ensure()
    return assessments.survey_round_create(
        organization=tenant.organization,
        title="Kapasitet",
        opens_on=timezone.localdate(),
        closes_on=timezone.localdate() + timedelta(days=7),
        created_by=tenant.lead.user,
    )


@pytest.mark.django_db
def test_a_survey_answer_failing_halfway_stores_nothing_and_can_be_sent_again(
    login, tenant, survey_round
):
    client = login(tenant.learner)
    url = reverse("assessments:survey_answer", args=[survey_round.pk])
    data = {f"s-{pk}": "6" for pk in SurveyStatement.objects.values_list("pk", flat=True)}

    # The answers wait unlinked until five are waiting (assessments.services).
    failing = fail_after(PendingSurveyResponse.objects.create)
    with (
        patch.object(PendingSurveyResponse.objects, "create", failing),
        pytest.raises(DatabaseError),
    ):
        client.post(url, data)

    # No participation without its answers: the person is not locked out of the round.
    assert not SurveyParticipation.objects.exists()
    assert not PendingSurveyResponse.objects.exists()
    assert not SurveyResponse.objects.exists()
    assert not SurveyAnswer.objects.exists()

    response = client.post(url, data)
    assert response.status_code == 200
    assert SurveyParticipation.objects.filter(user=tenant.learner.user).count() == 1
    assert len(PendingSurveyResponse.objects.get(round=survey_round).answers) == len(data)


@pytest.mark.django_db
def test_a_case_step_failing_halfway_keeps_the_draft_and_stores_no_document(
    client, login, tenant, case_index
):
    # A database reused after transactional tests has lost the migrations' root collection.
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    login(tenant.learner)
    case = start_case(client)
    save_step(client, case, "om-saken", action="save", summary="Første utkast.")
    saved = CasePage.objects.get(pk=case.pk).latest_revision_id

    with (
        patch("cases.services.case_draft_save", fail_after(cases.case_draft_save)),
        pytest.raises(DatabaseError),
    ):
        save_step(client, case, "dokumenter", action="save", files=_upload())

    assert CasePage.objects.get(pk=case.pk).latest_revision_id == saved
    assert latest(case).summary == "Første utkast."
    assert not get_document_model().objects.exists()  # the upload went with the failed save

    save_step(client, case, "dokumenter", action="save", files=_upload())
    assert [row.title for row in latest(case).documents.all()] == ["Krav"]
    assert latest(case).summary == "Første utkast."


def _upload() -> dict:
    return {"documents-0-upload": SimpleUploadedFile("krav.pdf", PDF), "documents-0-title": "Krav"}


@pytest.mark.django_db
def test_completing_the_last_step_failing_halfway_keeps_earlier_steps(login, tenant, course):
    user = tenant.learner.user
    learning.enrolment_create(user=user, course=course.course)
    *earlier, last = course.steps
    for step in earlier:
        learning.step_complete(user=user, step=step)
    client = login(tenant.learner)
    url = reverse("learning:complete_step", args=[last.pk])

    # The step's row is written, then issuing the certificate loses the connection.
    with (
        patch("learning.services.course_complete", fail_after(learning.course_complete)),
        pytest.raises(DatabaseError),
    ):
        client.post(url)

    done = StepCompletion.objects.filter(user=user).values_list("step_id", flat=True)
    assert sorted(done) == sorted(step.pk for step in earlier)
    assert not CourseCompletion.objects.exists()
    assert Enrolment.objects.get(user=user).completed_at is None

    client.post(url)
    assert StepCompletion.objects.filter(user=user).count() == len(course.steps)
    assert CourseCompletion.objects.filter(user=user).count() == 1
