"""Fault-injection tests: real Celery workers killed with SIGKILL, PostgreSQL restarted under
load. They are slow and they disturb everything else using the same PostgreSQL, so they run only
when asked for, alone and serially:

    SPIRE_FAULT_TESTS=1 DATABASE_URL=postgres://postgres@127.0.0.1:5432/spire_faults \
    REDIS_URL=redis://127.0.0.1:6379/14 .venv/bin/python -m pytest -p no:xdist -m faults \
    tests/faults --create-db

Each test's figures (outage window, redelivery delays) are printed in the terminal summary."""

import json
import os
import signal
import socket
import subprocess
import sys
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import redis
from django.conf import settings

from config.celery import app as celery_app
from tests.integration.conftest import wait_for
from tests.postgres import postgres_test_url

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
ENABLED = os.environ.get("SPIRE_FAULT_TESTS") == "1"
FIGURES: list[str] = []
RUNNING = ("start", "effect")  # the last event of a run that was cut off
database_url = postgres_test_url  # the name test_postgres_restart.py imports from here


def pytest_configure(config):
    # Registered here too, so `--strict-markers` accepts the marker before pyproject lists it.
    config.addinivalue_line("markers", "faults: kills workers and restarts PostgreSQL")


def _why_not_runnable() -> str | None:
    if not ENABLED:
        return "fault tests run only with SPIRE_FAULT_TESTS=1 (they restart PostgreSQL)"
    if not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return "fault tests need DATABASE_URL=postgres://…"
    db = settings.DATABASES["default"]
    address = (db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432))
    try:
        socket.create_connection(address, timeout=2).close()
    except OSError as error:
        return f"PostgreSQL is not reachable at {address}: {error}"
    if not settings.REDIS_URL:
        return "fault tests need REDIS_URL"
    try:
        redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        return f"Redis is not reachable: {error}"
    return None


def pytest_collection_modifyitems(items):
    mine = [item for item in items if HERE in Path(str(item.fspath)).parents]
    reason = _why_not_runnable() if mine else None
    if reason:
        for item in mine:
            item.add_marker(pytest.mark.skip(reason=reason))


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("fault-injection figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


def report(line: str) -> None:
    """A figure for the terminal summary (and the output of a failing test)."""
    FIGURES.append(line)
    print(line)


def child_pids(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in children.read_text().split()] if children.exists() else []


def log_tail(path: Path, lines: int = 40) -> str:
    text = path.read_text(errors="replace") if path.exists() else ""
    return "\n".join(text.splitlines()[-lines:])


@dataclass
class Event:
    at: float
    kind: str  # start, effect (committed, not yet acknowledged), end, retry, failure
    task_id: str
    pid: int


@dataclass
class Events:
    """The lines the workers' tasks write (tests.faults.worker_app)."""

    path: Path

    def all(self) -> list[Event]:
        if not self.path.exists():
            return []
        events = []
        for line in self.path.read_text().splitlines():
            at, kind, task_id, pid = line.split()
            events.append(Event(float(at), kind, task_id, int(pid)))
        return events

    def of_kind(self, kind: str) -> list[Event]:
        return [event for event in self.all() if event.kind == kind]

    def count(self, kind: str) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for event in self.of_kind(kind):
            counts[event.task_id] += 1
        return counts

    def unfinished_in(self, pids: list[int]) -> dict[str, Event]:
        """Tasks these processes had started and not ended: what a kill of them interrupted."""
        last: dict[tuple[str, int], Event] = {}
        for event in self.all():
            if event.pid in pids:
                last[(event.task_id, event.pid)] = event
        return {task_id: event for (task_id, _), event in last.items() if event.kind in RUNNING}


@dataclass
class Worker:
    process: subprocess.Popen
    log: Path
    killed_pids: list[int] = field(default_factory=list)

    @property
    def pool_pids(self) -> list[int]:
        return child_pids(self.process.pid)

    def kill_pool(self) -> list[int]:
        """SIGKILL the prefork pool processes, as the kernel's OOM killer would; the main
        process lives on and starts new ones."""
        pids = self.pool_pids
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        self.killed_pids += pids
        return pids

    def kill_everything(self) -> list[int]:
        """SIGKILL the main process and its pool at once, as a lost machine or container would."""
        pids = [self.process.pid, *self.pool_pids]
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self.killed_pids += pids
        return pids

    def stop(self) -> None:
        # The test has drained the queue or failed; a warm shutdown would only cost seconds.
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


@dataclass
class Broker:
    """A queue of its own in the Redis database, so no other worker takes these tasks."""

    queue: str
    client: redis.Redis

    def waiting(self) -> int:
        return self.client.llen(self.queue)

    def held_since(self) -> dict[str, float]:
        """Task id → when it was delivered, for this queue's messages that a worker holds and
        has not acknowledged. Kombu keeps them in the `unacked` hash, indexed by delivery time,
        until the ack, or until a sweep restores those older than the visibility timeout."""
        held = {}
        for tag, raw in self.client.hgetall("unacked").items():
            message, _exchange, routing_key = json.loads(raw)
            delivered = self.client.zscore("unacked_index", tag)
            if routing_key == self.queue and delivered is not None:
                held[message["headers"]["id"]] = delivered
        return held

    def unacknowledged(self) -> int:
        return len(self.held_since())

    def drained(self) -> bool:
        return self.waiting() == 0 and self.unacknowledged() == 0


@pytest.fixture
def broker():
    """Tasks enqueued by this test go to Redis for real (the test settings run them eagerly)."""
    client = redis.Redis.from_url(settings.REDIS_URL)
    queue = f"spire-faults-{uuid.uuid4().hex[:8]}"
    celery_app.conf.task_always_eager = False
    try:
        yield Broker(queue=queue, client=client)
    finally:
        celery_app.conf.task_always_eager = True
        client.delete(queue)


@pytest.fixture
def events(tmp_path) -> Events:
    return Events(tmp_path / "task-events.log")


@pytest.fixture
def start_worker(transactional_db, broker, events, tmp_path):
    """Start real `celery worker` processes (prefork, two pool processes) on the test database
    and the test's queue; all are stopped at the end."""
    workers: list[Worker] = []

    def start(
        *, task_pause: float = 0.3, visibility_timeout: int | None = None, **extra_env: str
    ) -> Worker:
        log = tmp_path / f"worker-{len(workers) + 1}.log"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": postgres_test_url(),
            "CELERY_BROKER_URL": settings.REDIS_URL,
            "CELERY_TEST_USE_BROKER": "1",
            "SPIRE_FAULTS_TASK_PAUSE": str(task_pause),
            "SPIRE_FAULTS_EVENTS": str(events.path),
            **extra_env,
        }
        if visibility_timeout:
            env["SPIRE_FAULTS_VISIBILITY_TIMEOUT"] = str(visibility_timeout)
        command = [
            *(sys.executable, "-m", "celery", "-A", "tests.faults.worker_app", "worker"),
            *("--pool=prefork", "--concurrency=2", "-Q", broker.queue),
            *("-n", f"{broker.queue}-{len(workers) + 1}@%h", "--loglevel=INFO"),
            *("--without-heartbeat", "--without-gossip", "--without-mingle"),
        ]
        with log.open("w") as output:
            process = subprocess.Popen(
                command,
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, to kill it whole
            )
        worker = Worker(process=process, log=log)
        workers.append(worker)
        ready = wait_for(
            lambda: process.poll() is not None or "ready." in log.read_text(), timeout=60
        )
        if not ready or process.poll() is not None:
            raise RuntimeError(f"the Celery worker did not start:\n{log_tail(log)}")
        return worker

    yield start
    for worker in workers:
        worker.stop()
