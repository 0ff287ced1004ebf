"""Integration tests need the real services: PostgreSQL as the database and Redis as broker.
They are skipped on SQLite (the default `make test`) and run by `make test-integration` and CI."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

from config.celery import app as celery_app
from tests.postgres import postgres_test_url

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(items):
    on_postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    if on_postgres and settings.REDIS_URL:
        return
    skip = pytest.mark.skip(
        reason="needs DATABASE_URL=postgres://… and REDIS_URL (make test-integration)"
    )
    for item in items:
        if "integration" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture
def celery_worker_process(transactional_db, tmp_path):
    """A real `celery worker` process against Redis and the test database. Yields the folder
    where it writes the emails it sends."""
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": postgres_test_url(),
        "CELERY_BROKER_URL": settings.REDIS_URL,
        "CELERY_TEST_USE_BROKER": "1",
        "TEST_EMAIL_FILE_PATH": str(mail_dir),
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "--concurrency=1",
            "--without-gossip",
            "--without-mingle",
            "--purge",
            "--loglevel=INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    celery_app.conf.task_always_eager = False
    try:
        _wait_until_ready()
        yield mail_dir
    finally:
        celery_app.conf.task_always_eager = True
        worker.terminate()
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            worker.kill()


def _wait_until_ready(timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if celery_app.control.ping(timeout=0.5):
            return
    raise RuntimeError("The Celery worker did not start")


def wait_for(condition, timeout: float = 20, interval: float = 0.2):
    """Poll until `condition()` is truthy; return its value, or the last one at the timeout."""
    deadline = time.monotonic() + timeout
    value = condition()
    while not value and time.monotonic() < deadline:
        time.sleep(interval)
        value = condition()
    return value
