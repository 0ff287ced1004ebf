"""A person's rights over their own data: see it, take it with them, delete it."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from accounts.services import inactive_accounts_delete
from accounts.tasks import delete_inactive_accounts
from organizations.models import Membership
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_export_holds_own_data_and_nobody_elses(login, tenant, other_tenant, case_index):
    from cases.services import case_read_record
    from tests.factories.cases import publish_case

    case = publish_case(case_index, title="Lest sak", organizations=[other_tenant.organization])
    case_read_record(user=tenant.learner.user, case=case)
    response = login(tenant.learner).get(reverse("accounts:data_export"))
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["account"]["email"] == tenant.learner.user.email
    assert [m["organization"] for m in data["memberships"]] == [tenant.organization.name]
    assert other_tenant.learner.user.email not in response.content.decode()
    assert [r["case"] for r in data["cases_read"]] == ["Lest sak"]


def test_export_holds_own_learning_records(login, tenant, other_tenant, quiz):
    from assessments import services as assessments
    from learning import services as learning

    for member in (tenant.learner, other_tenant.learner):
        learning.enrolment_create(user=member.user, course=quiz.course)
        learning.step_complete(user=member.user, step=quiz.steps[0])
    attempt = assessments.attempt_start(user=tenant.learner.user, quiz=quiz.quiz)
    assessments.attempt_submit(attempt=attempt, user=tenant.learner.user)

    data = json.loads(login(tenant.learner).get(reverse("accounts:data_export")).content)
    assert [e["course"] for e in data["enrolments"]] == [quiz.course.title]
    assert [s["step"] for s in data["steps_completed"]] == [quiz.steps[0].title]
    assert [(a["quiz"], a["percent"], a["passed"]) for a in data["quiz_attempts"]] == [
        (quiz.quiz.title, 0, False)
    ]
    assert data["certificates"] == [] and data["survey_rounds_answered"] == []


def test_deleting_the_account_needs_the_password(login, tenant):
    user = tenant.learner.user
    response = login(user).post(reverse("accounts:delete"), {"password": "feil"})
    assert response.status_code == 200
    assert response.context["form"].errors["password"]
    assert User.objects.filter(pk=user.pk).exists()


def test_deleting_the_account_removes_it_and_signs_out(client, login, tenant, password):
    user = tenant.learner.user
    response = login(user).post(reverse("accounts:delete"), {"password": password})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Membership.objects.filter(pk=tenant.learner.pk).exists()
    assert "_auth_user_id" not in client.session


def test_the_only_admin_must_hand_over_before_deleting(login, tenant, password):
    response = login(tenant.admin).post(reverse("accounts:delete"), {"password": password})
    assert response.status_code == 200
    assert tenant.organization.name in response.content.decode()
    assert User.objects.filter(pk=tenant.admin.user_id).exists()


def test_accounts_unused_for_24_months_are_deleted(tenant):
    now = timezone.now()
    stale = UserFactory(last_login=now - timedelta(days=731))
    never_used = UserFactory(date_joined=now - timedelta(days=800))
    recent = UserFactory(last_login=now - timedelta(days=700))
    superuser = UserFactory(last_login=now - timedelta(days=2000), is_superuser=True)
    assert inactive_accounts_delete(now=now) == 2
    remaining = set(User.objects.values_list("pk", flat=True))
    assert {recent.pk, superuser.pk} <= remaining
    assert not {stale.pk, never_used.pk} & remaining
    # Running the nightly task again finds nothing more to do.
    assert delete_inactive_accounts() == 0


def test_the_nightly_deletion_is_scheduled_in_beat(settings):
    from config.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["delete-inactive-accounts"]
    assert entry["task"] in app.tasks
