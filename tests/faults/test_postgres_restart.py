"""PostgreSQL restarted while requests are served and tasks run: requests fail for a few seconds
at most and then succeed without restarting the app; the tasks it interrupted retry and succeed.

One restart serves the whole test, as each one disturbs everything else using this PostgreSQL.
Two gunicorns serve the course catalogue during it (it has no rate limit, unlike the case
search): one opening a connection per request (`CONN_MAX_AGE=0`, the default) and one keeping
its connections (`CONN_MAX_AGE=60`). A third keeps connections and sits idle through the
restart, so its first requests afterwards meet connections the restart broke: only
`CONN_HEALTH_CHECKS` stands between them and an error. A Celery worker runs the real
`refresh_organization_snapshots`, whose `autoretry_for=(DatabaseError,)` must carry it over.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.client import HTTPConnection
from pathlib import Path

import pytest
from django.db import connection

from dashboards.models import Snapshot
from dashboards.tasks import refresh_organization_snapshots
from tests.factories import DepartmentFactory, OrganizationFactory
from tests.faults.conftest import ROOT, child_pids, database_url, log_tail, report, wait_for

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]

OUTAGE_LIMIT = 10  # seconds from the first failed request to the last
RECOVERY_LIMIT = 3  # seconds after PostgreSQL is back by which every request succeeds again
TASKS = 4
TASK_PAUSE = 2.0
IDLE_REQUESTS = 10  # long enough for the restart to land while a task holds its connection


@dataclass(frozen=True)
class Cluster:
    version: str
    name: str

    def restart(self) -> float:
        """Restart (fast shutdown, then start) and return how long it took."""
        began = time.monotonic()
        subprocess.run(
            ["pg_ctlcluster", self.version, self.name, "restart"],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return time.monotonic() - began


@pytest.fixture
def postgres_cluster() -> Cluster:
    """The local cluster serving the test database; restarting it needs root."""
    if shutil.which("pg_ctlcluster") is None or shutil.which("pg_lsclusters") is None:
        pytest.skip("needs pg_ctlcluster (Debian's postgresql-common)")
    if os.geteuid() != 0:
        pytest.skip("restarting PostgreSQL needs root")
    if connection.settings_dict["HOST"] not in ("", "localhost", "127.0.0.1", "::1"):
        pytest.skip("the test database is not on this machine")
    port = str(connection.settings_dict["PORT"] or 5432)
    listing = subprocess.run(
        ["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=True
    ).stdout
    for line in listing.splitlines():
        version, name, cluster_port, status, *_ = line.split()
        if cluster_port == port and status == "online":
            return Cluster(version, name)
    pytest.skip(f"no online local cluster listens on port {port}")


@dataclass
class Server:
    """A gunicorn serving Spire, and every request a poller made to it: (time sent, status)."""

    name: str
    port: int
    path: str
    process: subprocess.Popen
    log: Path
    results: list[tuple[float, int]] = field(default_factory=list)

    @property
    def worker_pids(self) -> set[int]:
        return set(child_pids(self.process.pid))

    def status(self) -> int:
        client = HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            client.request("GET", self.path)
            return client.getresponse().status
        except OSError:  # refused, reset or timed out: no answer at all
            return 0
        finally:
            client.close()

    def serving(self) -> bool:
        wait_for(lambda: self.process.poll() is not None or self.status() == 200, timeout=60)
        return self.process.poll() is None and self.status() == 200

    def poll(self, stop: threading.Event) -> None:
        while not stop.is_set():
            sent = time.time()
            self.results.append((sent, self.status()))
            time.sleep(0.05)

    def failures(self) -> list[float]:
        return [at for at, status in self.results if status != 200]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def start_gunicorn(transactional_db, tmp_path):
    """Start gunicorns (two sync workers each) on the test database, one per name → extra
    environment, all at once; they are killed at the end."""
    servers: list[Server] = []

    def spawn(name: str, path: str, env: dict[str, str]) -> Server:
        port = _free_port()
        log = tmp_path / f"gunicorn-{len(servers) + 1}.log"
        with log.open("w") as output:
            process = subprocess.Popen(
                [
                    *(sys.executable, "-m", "gunicorn", "config.wsgi:application"),
                    *("--workers", "2", "--bind", f"127.0.0.1:{port}", "--timeout", "30"),
                ],
                cwd=ROOT,
                env={
                    **os.environ,
                    "DJANGO_SETTINGS_MODULE": "config.settings.test",
                    "DATABASE_URL": database_url(),
                    **env,
                },
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        server = Server(name, port, path, process, log)
        servers.append(server)
        return server

    def start(path: str, configurations: dict[str, dict[str, str]]) -> list[Server]:
        started = [spawn(name, path, env) for name, env in configurations.items()]
        for server in started:
            if not server.serving():
                raise RuntimeError(f"gunicorn did not serve {path}:\n{log_tail(server.log)}")
        return started

    yield start
    for server in servers:
        if server.process.poll() is None:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait(timeout=10)


def _outage(server: Server, restart_began: float) -> str:
    failures = server.failures()
    if not failures:
        return f"{server.name}: no failed request"
    return (
        f"{server.name}: {len(failures)} of {len(server.results)} requests failed, from "
        f"{failures[0] - restart_began:+.1f} s to {failures[-1] - restart_began:+.1f} s "
        f"from the start of the restart (window {failures[-1] - failures[0]:.1f} s)"
    )


def test_a_postgresql_restart_costs_seconds_of_errors_and_no_task(
    postgres_cluster, start_gunicorn, start_worker, broker, events, course_index
):
    organizations = [OrganizationFactory(name=f"Omstartkommune {n}") for n in range(TASKS)]
    for organization in organizations:
        DepartmentFactory(organization=organization, name="Innkjøp")
    *servers, idle = start_gunicorn(
        course_index.url,
        {
            "CONN_MAX_AGE=0": {"CONN_MAX_AGE": "0"},
            "CONN_MAX_AGE=60": {"CONN_MAX_AGE": "60"},
            "CONN_MAX_AGE=60, idle": {"CONN_MAX_AGE": "60"},
        },
    )
    # Give each of its worker processes a connection to keep.
    assert {idle.status() for _ in range(IDLE_REQUESTS)} == {200}
    pids_before = {server.name: server.worker_pids for server in [*servers, idle]}
    start_worker(task_pause=TASK_PAUSE)

    stop = threading.Event()
    pollers = [threading.Thread(target=server.poll, args=(stop,)) for server in servers]
    for poller in pollers:
        poller.start()
    try:
        task_ids = [
            refresh_organization_snapshots.apply_async((organization.pk,), queue=broker.queue).id
            for organization in organizations
        ]
        # Restart while the first tasks hold their connections, mid-pause.
        assert wait_for(lambda: len(events.of_kind("start")) >= 2, timeout=60)
        time.sleep(0.5)
        restart_began = time.time()
        took = postgres_cluster.restart()
        back_at = time.time()
        connection.close()  # this test's own connection died with the server
        after_idling = [idle.status() for _ in range(IDLE_REQUESTS)]
        time.sleep(RECOVERY_LIMIT + 3)
    finally:
        stop.set()
        for poller in pollers:
            poller.join(timeout=10)

    report(f"PostgreSQL restart: pg_ctlcluster restart took {took:.1f} s")
    for server in servers:
        report(f"PostgreSQL restart, gunicorn with {_outage(server, restart_began)}")
    for server in servers:
        assert sum(status == 200 for at, status in server.results if at < restart_began) > 0
        failures = server.failures()
        if failures:
            assert failures[-1] - failures[0] <= OUTAGE_LIMIT, _outage(server, restart_began)
            assert failures[-1] <= back_at + RECOVERY_LIMIT, _outage(server, restart_began)
        after = [status for at, status in server.results if at > back_at + RECOVERY_LIMIT]
        assert after and set(after) == {200}, f"{server.name} still fails: {after}"
    for server in [*servers, idle]:
        assert server.process.poll() is None, f"{server.name}: gunicorn died"
        assert server.worker_pids == pids_before[server.name], f"{server.name} lost a worker"
    report(
        f"PostgreSQL restart, gunicorn with CONN_MAX_AGE=60 idle during it: "
        f"{sum(status != 200 for status in after_idling)} of {IDLE_REQUESTS} requests failed after"
    )
    assert after_idling == [200] * IDLE_REQUESTS, "a connection the restart broke was reused"

    # The interrupted tasks come back after the retry countdown (retry_backoff=30: up to 30 s,
    # up to 60 s for a second retry).
    ended = wait_for(
        lambda: all(events.count("end").get(task) for task in task_ids) and broker.drained(),
        timeout=150,
        interval=0.5,
    )
    retried = events.count("retry")
    assert not events.of_kind("failure"), "a task gave up"
    assert ended, f"tasks never finished; events: {[e.kind for e in events.all()]}"
    assert retried, "the restart interrupted no task, so it proved nothing"
    expected = {Snapshot.key_for(org.pk) for org in organizations} | {
        Snapshot.key_for(org.pk, department.pk)
        for org in organizations
        for department in org.departments.all()
    }
    assert sorted(Snapshot.objects.values_list("key", flat=True)) == sorted(expected)
    finished = max(e.at for e in events.of_kind("end"))
    report(
        f"PostgreSQL restart, Celery: {len(retried)} of {TASKS} tasks hit the restart and "
        f"retried ({sum(retried.values())} retries); all {TASKS} succeeded, the last "
        f"{finished - restart_began:.0f} s after the restart began"
    )
