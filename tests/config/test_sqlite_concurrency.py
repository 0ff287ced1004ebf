"""The embedded default (SQLite in a file) takes two writers at once: the second waits its turn
instead of failing with «database is locked» (an editor's autosave, edit tracking and publish
writing at the same moment). Each thread has its own connection to a database file, set up as
config/settings/base.py sets up the default."""

import threading
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.db.utils import ConnectionHandler

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="about the SQLite default only",
)


@pytest.fixture
def file_database(tmp_path, django_db_blocker):
    """Connections to a fresh SQLite file with the default's options, one per thread."""
    handler = ConnectionHandler(
        {"default": {**settings.DATABASES["default"], "NAME": str(tmp_path / "spire.sqlite3")}}
    )
    with django_db_blocker.unblock():
        with handler["default"].cursor() as cursor:
            cursor.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY, tab TEXT)")
        handler["default"].close()
        yield handler


@contextmanager
def _write_transaction(connection):
    """What transaction.atomic() does on this connection: BEGIN, then COMMIT or ROLLBACK."""
    connection.set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)
    try:
        with connection.cursor() as cursor:
            yield cursor
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    finally:
        connection.set_autocommit(True)


def test_two_tabs_writing_at_once_both_succeed(file_database):
    first_read, second_read = threading.Event(), threading.Event()
    errors: list[Exception] = []

    def tab(name: str, read_first: bool) -> None:
        connection = file_database["default"]
        try:
            if not read_first:
                first_read.wait(5)
            # Wagtail reads the page, then writes its revision, in one transaction.
            with _write_transaction(connection) as cursor:
                cursor.execute("SELECT COUNT(*) FROM revision")
                if read_first:
                    first_read.set()
                    second_read.wait(0.5)  # with IMMEDIATE the other tab waits at BEGIN
                else:
                    second_read.set()
                cursor.execute("INSERT INTO revision (tab) VALUES (%s)", [name])
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=tab, args=("autosave", True)),
        threading.Thread(target=tab, args=("publish", False)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert errors == []
    connection = file_database["default"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT tab FROM revision ORDER BY tab")
        assert [row[0] for row in cursor.fetchall()] == ["autosave", "publish"]
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"  # readers go on while one tab writes
    connection.close()
