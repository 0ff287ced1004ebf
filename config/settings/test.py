"""Test settings: fast hashing, a test mailbox, SQLite unless DATABASE_URL says PostgreSQL."""

from .base import *
from .base import INSTALLED_APPS, env

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
