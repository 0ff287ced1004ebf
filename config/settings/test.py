"""Test settings: fast hashing, a test mailbox, SQLite unless DATABASE_URL says PostgreSQL."""

import hashlib
from urllib.parse import urlsplit, urlunsplit

from .base import *
from .base import BASE_DIR, CACHES, DATABASES, INSTALLED_APPS, REDIS_URL, env

SECRET_KEY = "test-only-secret-0123456789-abcdefghijklmnopqrstuvwxyz"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
# Tests enqueue for real only when they ask for a broker (the Celery integration tests).
CELERY_TASK_ALWAYS_EAGER = not env.bool("CELERY_TEST_USE_BROKER", default=False)
# Generous limits so the suite is not throttled; rate-limit tests set their own.
ACCOUNT_RATE_LIMITS = False
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from their folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# A Celery worker started by the integration tests runs in its own process; it writes its mail
# to files there so the test can read them.
if env("TEST_EMAIL_FILE_PATH", default=""):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = env("TEST_EMAIL_FILE_PATH")

# Demo and scale data (`setup_demo`, `generate_scale_data`): never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]


def migrations_fingerprint() -> str:
    """Short hash of every migration file: a changed or new migration names a new database."""
    digest = hashlib.sha256()
    for path in sorted(BASE_DIR.glob("*/migrations/*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:10]


# The SQLite test database lives in a file, so `--reuse-db` really reuses it between runs
# instead of migrating an in-memory database every time. Its name carries the migrations'
# fingerprint, so a checkout with new migrations gets a fresh one instead of a stale schema
# (pytest-xdist adds `_gw0`, `_gw1`, …; tests/conftest.py removes files of old fingerprints).
TEST_DB_PREFIX = ".test-db-"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {
        "NAME": str(BASE_DIR / f"{TEST_DB_PREFIX}{migrations_fingerprint()}.sqlite3")
    }

# Parallel workers (pytest-xdist) each get their own Redis database: tests clear the cache and
# purge the Celery queue, which must not reach into the other worker's tests.
_XDIST_WORKER = env("PYTEST_XDIST_WORKER", default="")
if REDIS_URL and _XDIST_WORKER:
    _url = urlsplit(REDIS_URL)
    _db = int(_url.path.strip("/") or 0) - int(_XDIST_WORKER.removeprefix("gw"))
    REDIS_URL = urlunsplit(_url._replace(path=f"/{_db % 16}"))
    CACHES["default"]["LOCATION"] = REDIS_URL
    CELERY_BROKER_URL = REDIS_URL
