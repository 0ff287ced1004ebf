"""Invitation emails through a real Celery worker, Redis and PostgreSQL."""

import pytest
from django.db import transaction

from config.celery import app as celery_app
from organizations import services
from organizations.models import Invitation
from organizations.services import MemberRoles
from organizations.tasks import send_invitation_email
from tests.integration.conftest import wait_for

pytestmark = pytest.mark.integration


def _invite(tenant, email: str) -> Invitation:
    return services.invitation_create(
        organization=tenant.organization,
        email=email,
        roles=MemberRoles(),
        invited_by=tenant.admin.user,
    )


def _mails(folder):
    return sorted(p.read_text() for p in folder.iterdir())


def test_an_invitation_committed_is_sent_by_the_worker(celery_worker_process, tenant):
    invitation = _invite(tenant, "ny@example.org")
    mails = wait_for(lambda: _mails(celery_worker_process))
    assert len(mails) == 1
    assert "ny@example.org" in mails[0]
    assert wait_for(lambda: Invitation.objects.get(pk=invitation.pk).sent_at)


def test_an_invitation_rolled_back_is_never_sent(celery_worker_process, tenant):
    with pytest.raises(RuntimeError), transaction.atomic():
        _invite(tenant, "angret@example.org")
        raise RuntimeError("the request failed halfway")
    # A probe task sent afterwards proves the worker was running while we waited.
    _invite(tenant, "probe@example.org")
    mails = wait_for(lambda: _mails(celery_worker_process))
    assert len(mails) == 1 and "probe@example.org" in mails[0]
    assert not Invitation.objects.filter(email="angret@example.org").exists()


def _invitation(tenant, email: str) -> Invitation:
    """An invitation saved without the service, so no task is sent for it on commit."""
    return Invitation.objects.create(
        organization=tenant.organization,
        email=email,
        expires_at=tenant.organization.created_at.replace(year=2100),
    )


def _tasks_started(name: str) -> int:
    """How many tasks of this name the worker has taken, as it reports them itself."""
    stats = celery_app.control.inspect(timeout=2).stats() or {}
    return sum(worker["total"].get(name, 0) for worker in stats.values())


def test_the_same_task_delivered_twice_sends_one_email(celery_worker_process, tenant):
    invitation = _invitation(tenant, "to-ganger@example.org")
    marker = _invitation(tenant, "etterpaa@example.org")
    send_invitation_email.delay(invitation.pk)
    send_invitation_email.delay(invitation.pk)
    # The worker takes one task at a time, in the order they were sent (one process,
    # prefetch 1, acknowledged late): once the marker's email is written, both deliveries
    # before it have run.
    send_invitation_email.delay(marker.pk)

    assert wait_for(lambda: any("etterpaa@example.org" in m for m in _mails(celery_worker_process)))
    assert _tasks_started(send_invitation_email.name) == 3
    mails = _mails(celery_worker_process)
    assert len(mails) == 2
    assert sum("to-ganger@example.org" in mail for mail in mails) == 1
    assert Invitation.objects.get(pk=invitation.pk).sent_at
