"""The suite's own isolation: uploads never land in the checkout, and the SQLite test database
is a file named after the migrations, so `--reuse-db` reuses it and new migrations replace it."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from config.settings.test import migrations_fingerprint


def test_an_upload_lands_in_the_tests_own_folder(tmp_path):
    name = default_storage.save("documents/proof.txt", ContentFile(b"x"))

    stored = Path(default_storage.path(name))
    assert stored.is_relative_to(tmp_path)
    assert not stored.is_relative_to(settings.BASE_DIR / "media")


def test_the_sqlite_test_database_is_a_file_named_after_the_migrations():
    database = settings.DATABASES["default"]
    if not database["ENGINE"].endswith("sqlite3"):
        pytest.skip("PostgreSQL keeps its own test database")
    name = Path(database["TEST"]["NAME"])

    assert name.parent == settings.BASE_DIR
    assert name.name.startswith(f"{settings.TEST_DB_PREFIX}{migrations_fingerprint()}.sqlite3")
