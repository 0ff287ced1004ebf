"""The PostgreSQL database the tests run against, for the real processes some tests start
(Celery workers in tests/integration and tests/faults) so that they use it too."""

from django.db import connection


def postgres_test_url() -> str:
    """A DATABASE_URL for the test database (pytest-django's ``test_…`` copy, not the one
    DATABASE_URL names)."""
    db = connection.settings_dict
    user, host, port = db["USER"] or "postgres", db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    return f"postgres://{user}@{host}:{port}/{db['NAME']}"
