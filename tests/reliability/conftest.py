"""Helpers for the reliability suite: running one action in many threads at the same instant,
watching which Celery tasks run and whether their rows were committed by then, and making a
write fail halfway."""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from celery.signals import task_postrun, task_prerun
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection

PARALLEL = 20

# The row each task loads by the id it is given: a worker finds it only once it is committed.
TASK_ROWS = {
    "send_invitation_email": "organizations.Invitation",
    "send_membership_request_notice": "organizations.Membership",
    "send_membership_approved_notice": "organizations.Membership",
    "send_survey_invitations": "assessments.SurveyRound",
    "notify_case_reviewed": "wagtailcore.WorkflowState",
    "notify_followers_of_new_case": "cases.CasePage",
    "notify_partner_interest": "cases.PartnerInterest",
    "notify_interest_accepted": "cases.PartnerInterest",
    "refresh_organization_snapshots": "organizations.Organization",
}


def on_postgresql() -> bool:
    return connection.vendor == "postgresql"


def _code(refusal: ValidationError) -> str:
    """The code of a service's refusal, whether it names a field or not."""
    if hasattr(refusal, "error_dict"):
        return next(iter(refusal.error_dict.values()))[0].code
    return refusal.error_list[0].code


@dataclass
class Outcomes:
    """What each thread got: a result, the service's own refusal, or an unexpected error."""

    results: list = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)  # the refusals' codes
    crashes: list[BaseException] = field(default_factory=list)


def run_together(action: Callable[[], Any], times: int = PARALLEL) -> Outcomes:
    """Call `action` in `times` threads released at the same moment, each on its own database
    connection (opened before the start, so the race is in the service, not in connecting)."""
    barrier = threading.Barrier(times)
    outcomes = Outcomes()
    lock = threading.Lock()

    def run() -> None:
        try:
            connection.ensure_connection()
            barrier.wait(timeout=30)
            result = action()
        except ValidationError as refusal:
            with lock:
                outcomes.refusals.append(_code(refusal))
        except BaseException as error:
            with lock:
                outcomes.crashes.append(error)
        else:
            with lock:
                outcomes.results.append(result)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a thread hung"
    return outcomes


@dataclass(frozen=True)
class TaskRun:
    name: str
    committed: bool  # the task's row was committed (seen from another connection) when it ran
    result: Any = None


def _visible_from_another_connection(model, pk) -> bool:
    seen = []

    def look() -> None:
        try:
            seen.append(model._default_manager.filter(pk=pk).exists())
        finally:
            connection.close()

    thread = threading.Thread(target=look)
    thread.start()
    thread.join(timeout=30)
    return bool(seen and seen[0])


def _row_committed(task_name: str, args) -> bool:
    if connection.in_atomic_block:  # a worker would run before (or without) the commit
        return False
    if not on_postgresql() or task_name not in TASK_ROWS or not args:
        return True
    return _visible_from_another_connection(apps.get_model(TASK_ROWS[task_name]), args[0])


@pytest.fixture
def task_runs():
    """Every Celery task that runs (eagerly, in tests), with whether its row was committed
    when it started and what it returned."""
    runs: list[TaskRun] = []
    started: dict[str, bool] = {}

    def before(task_id=None, task=None, args=(), **kwargs) -> None:
        name = task.name.rpartition(".")[2]
        started[task_id] = _row_committed(name, args)

    def after(task_id=None, task=None, retval=None, **kwargs) -> None:
        name = task.name.rpartition(".")[2]
        runs.append(TaskRun(name, started.pop(task_id, False), retval))

    task_prerun.connect(before, weak=False)
    task_postrun.connect(after, weak=False)
    yield runs
    task_prerun.disconnect(before)
    task_postrun.disconnect(after)


class Rollback(Exception):
    """Raised inside a transaction to roll it back, as a failing request would."""


def fail_after(real: Callable) -> Callable:
    """A stand-in for `real` that does its work and then fails like a lost database
    connection, so everything written before and inside it must roll back together."""

    def failing(*args, **kwargs):
        real(*args, **kwargs)
        raise DatabaseError("injected fault: connection lost halfway")

    return failing
