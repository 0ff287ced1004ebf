"""A Celery worker killed with SIGKILL while tasks run: every task still takes effect exactly once.

The task is the real `refresh_organization_snapshots`, which replaces one snapshot row per
organisation and department. Late acknowledgement keeps each message in Redis until its task
has finished, so a killed worker's tasks are delivered again; the task's idempotence makes the
repeat harmless even when the kill came after its effect was committed but before the ack.

How a lost task comes back depends on what was killed:

- a pool process: the main process sees WorkerLostError and, with `task_reject_on_worker_lost`,
  puts the message straight back in the queue (seconds, whatever the visibility timeout);
- the whole worker: nobody is left to give the message back. It stays in Redis's `unacked` set
  until the visibility timeout has passed and a running worker's sweep restores it — an hour
  in production (`CELERY_BROKER_TRANSPORT_OPTIONS`), a few seconds here.
"""

import time
from dataclasses import dataclass

import pytest

from dashboards.models import Snapshot
from dashboards.tasks import refresh_organization_snapshots
from tests.factories import DepartmentFactory, OrganizationFactory
from tests.faults.conftest import report, wait_for

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]

TASKS = 12
VISIBILITY_TIMEOUT = 5


def _organizations_with_a_department(count: int) -> dict[int, set[str]]:
    """Organisation ids, each with the snapshot keys its refresh must leave behind."""
    expected = {}
    for n in range(count):
        organization = OrganizationFactory(name=f"Feilkommune {n}")
        department = DepartmentFactory(organization=organization, name="Innkjøp")
        expected[organization.pk] = {
            Snapshot.key_for(organization.pk),
            Snapshot.key_for(organization.pk, department.pk),
        }
    return expected


def _enqueue(organization_ids, queue: str) -> list[str]:
    return [
        refresh_organization_snapshots.apply_async((pk,), queue=queue).id for pk in organization_ids
    ]


def _assert_every_effect_exactly_once(expected: dict[int, set[str]]) -> None:
    keys = list(Snapshot.objects.values_list("key", flat=True))
    assert len(keys) == len(set(keys)), "a snapshot was stored twice"
    assert set(keys) == set().union(*expected.values()), "a task's effect is missing"


def _all_ended(events, task_ids: list[str]):
    ended = events.count("end")
    return all(ended.get(task_id) for task_id in task_ids)


def _first_start_after(events, task_id: str, moment: float) -> float:
    return min(e.at for e in events.of_kind("start") if e.task_id == task_id and e.at > moment)


def _redelivered_after(events, interrupted: dict, killed_at: float) -> list[float]:
    """Seconds from the kill until each interrupted task started again."""
    return [_first_start_after(events, task, killed_at) - killed_at for task in interrupted]


@dataclass
class Kill:
    at: float
    interrupted: dict  # task id → the last event of its cut-off run


def _kill_pool(worker, events) -> Kill:
    """SIGKILL the pool processes and wait for their replacements."""
    pids = worker.pool_pids
    killed_at = time.time()
    worker.kill_pool()
    time.sleep(0.2)  # let an interrupted process's last line land before reading
    assert wait_for(lambda: set(worker.pool_pids) - set(pids), timeout=30), "no new pool"
    return Kill(killed_at, events.unfinished_in(pids))


def _committed_not_acknowledged(worker, events) -> bool:
    """A pool process has committed a task's effect and not finished the task."""
    running = events.unfinished_in(worker.pool_pids).values()
    return any(event.kind == "effect" for event in running)


def test_killing_pool_processes_mid_task_requeues_and_repeats_no_effect(
    start_worker, broker, events
):
    expected = _organizations_with_a_department(TASKS)
    worker = start_worker(task_pause=0.3)
    task_ids = _enqueue(expected, broker.queue)

    # First whatever the pool is doing; then just after a task's effect, before its ack.
    assert wait_for(lambda: len(events.of_kind("end")) >= 3, timeout=60)
    kills = [_kill_pool(worker, events)]
    assert wait_for(lambda: _committed_not_acknowledged(worker, events), 60, interval=0.02)
    kills.append(_kill_pool(worker, events))

    assert wait_for(lambda: _all_ended(events, task_ids) and broker.drained(), timeout=90), (
        f"tasks never finished: {broker.waiting()} waiting, {broker.unacknowledged()} held"
    )
    interrupted = [event for kill in kills for event in kill.interrupted.values()]
    after_effect = [event for event in interrupted if event.kind == "effect"]
    assert after_effect, "no kill came between a task's effect and its ack"
    assert worker.process.poll() is None, "the main worker process died too"
    _assert_every_effect_exactly_once(expected)
    delays = [d for kill in kills for d in _redelivered_after(events, kill.interrupted, kill.at)]
    # Requeued messages go to the back of the queue, so "within" includes the tasks ahead.
    report(
        f"worker kill (pool processes, SIGKILL x2): {len(interrupted)} task runs interrupted "
        f"({len(after_effect)} after their effect was committed), all requeued by "
        f"reject_on_worker_lost and run again within {max(delays):.1f} s "
        f"(visibility timeout 3600 s); {sum(events.count('start').values())} runs for "
        f"{TASKS} tasks, {Snapshot.objects.count()} snapshots, none twice"
    )


def test_killing_the_whole_worker_loses_nothing_once_the_visibility_timeout_passes(
    start_worker, broker, events
):
    expected = _organizations_with_a_department(TASKS)
    first = start_worker(task_pause=0.3, visibility_timeout=VISIBILITY_TIMEOUT)
    task_ids = _enqueue(expected, broker.queue)

    assert wait_for(lambda: len(events.of_kind("end")) >= 3, timeout=60)
    killed_at = time.time()
    pids = first.kill_everything()
    lost = events.unfinished_in(pids)
    assert lost, "the kill hit no task in flight, so it proved nothing"
    delivered = broker.held_since()
    assert set(lost) <= set(delivered), "the dead worker's messages left Redis"

    start_worker(task_pause=0.3, visibility_timeout=VISIBILITY_TIMEOUT)
    assert wait_for(lambda: _all_ended(events, task_ids) and broker.drained(), timeout=90), (
        f"tasks never finished: {broker.waiting()} waiting, {broker.unacknowledged()} held"
    )
    delays = _redelivered_after(events, lost, killed_at)
    held_for = [_first_start_after(events, task, killed_at) - delivered[task] for task in lost]
    # Until the timeout, Redis counts the message as in flight to a worker that no longer exists.
    assert min(held_for) >= VISIBILITY_TIMEOUT
    _assert_every_effect_exactly_once(expected)
    report(
        f"worker kill (main process and pool, SIGKILL): {len(lost)} tasks held by the dead "
        f"worker ran again {min(delays):.1f}-{max(delays):.1f} s after the kill, "
        f"{min(held_for):.1f}-{max(held_for):.1f} s after their delivery, with a "
        f"{VISIBILITY_TIMEOUT} s visibility timeout (production: 3600 s); "
        f"{sum(events.count('start').values())} runs for {TASKS} tasks, "
        f"{Snapshot.objects.count()} snapshots, none twice"
    )
