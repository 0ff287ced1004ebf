"""The Celery app that the fault tests' workers run (`celery -A tests.faults.worker_app worker`).

It is Spire's own app with Spire's own tasks, plus three test-only additions, each switched on by
an environment variable the test sets:

- `SPIRE_FAULTS_VISIBILITY_TIMEOUT`: a short broker visibility timeout, swept every second, so a
  message held by a worker that died outright comes back in seconds rather than the production
  hour. Changing the setting itself would change production.
- `SPIRE_FAULTS_TASK_PAUSE`: seconds every task waits before its work (holding an open database
  connection) and again after it (its effect committed, its message not yet acknowledged), so
  the test can kill a worker or restart PostgreSQL while tasks are in flight.
- `SPIRE_FAULTS_EVENTS`: a file that gets one line per task start, effect, end, retry and
  failure, with the process id, so the test can see which delivery ran where.
"""

import os
import time

from celery.signals import task_postrun, task_prerun, worker_process_init
from django.db import connection

from config.celery import app

if os.environ.get("SPIRE_FAULTS_VISIBILITY_TIMEOUT"):
    app.conf.broker_transport_options = {
        "visibility_timeout": int(os.environ["SPIRE_FAULTS_VISIBILITY_TIMEOUT"]),
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
    }

PAUSE = float(os.environ.get("SPIRE_FAULTS_TASK_PAUSE", "0"))
EVENTS = os.environ.get("SPIRE_FAULTS_EVENTS", "")


def record(event: str, task_id: str) -> None:
    """One line per event; a single short O_APPEND write, so lines from the pool processes do
    not interleave."""
    if not EVENTS:
        return
    line = f"{time.time():.3f} {event} {task_id} {os.getpid()}\n"
    descriptor = os.open(EVENTS, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(descriptor, line.encode())
    finally:
        os.close(descriptor)


def before_task(task_id=None, **kwargs) -> None:
    record("start", task_id)
    try:
        # Open the connection the task will use, so a restart during the pause breaks it.
        connection.ensure_connection()
    finally:
        time.sleep(PAUSE)


def after_task(task_id=None, state=None, **kwargs) -> None:
    if state != "SUCCESS":  # "retry" (sent back to the queue with a countdown) or "failure"
        record(str(state).lower(), task_id)
        return
    record("effect", task_id)
    time.sleep(PAUSE)
    record("end", task_id)


@worker_process_init.connect
def connect_after_celerys_own_handlers(**kwargs) -> None:
    """Celery's Django fixup closes the database connection before each task; connecting here,
    in the pool process, runs these handlers after it, so the connection opened before the
    pause is the one the task uses."""
    task_prerun.connect(before_task, weak=False)
    task_postrun.connect(after_task, weak=False)
