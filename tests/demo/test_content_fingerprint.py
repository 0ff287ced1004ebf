"""The demo content comes through to the database whole: counts, titles and a digest of every
lesson, course, case and question match demo_content_expected.json (see fingerprint.py for how
to update it after an intended change)."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from demo.cases import demo_cases_ensure
from demo.courses import demo_courses_ensure
from demo.people import demo_people_ensure
from demo.quizzes import demo_quizzes_ensure
from home.models import HomePage
from tests.demo.fingerprint import EXPECTED_FILE, fingerprint

EXPECTED = json.loads((Path(__file__).parent / EXPECTED_FILE).read_text(encoding="utf-8"))


def _changed(expected: dict, found: dict) -> list[str]:
    return sorted(
        key for key in expected.keys() | found.keys() if expected.get(key) != found.get(key)
    )


@pytest.mark.django_db
def test_the_demo_content_comes_through_whole_and_unchanged():
    call_command("spire_setup", stdout=StringIO())
    home = HomePage.objects.get()
    demo_people_ensure()
    demo_cases_ensure(home)
    demo_quizzes_ensure(demo_courses_ensure(home))
    found = json.loads(json.dumps(fingerprint(), ensure_ascii=False, default=str))

    assert found["counts"] == EXPECTED["counts"]
    assert found["pages"] == EXPECTED["pages"]  # every page, with its title, in tree order
    for kind, digests in EXPECTED["digests"].items():
        if isinstance(digests, dict):
            assert _changed(digests, found["digests"][kind]) == [], f"{kind} that differ"
        else:
            assert found["digests"][kind] == digests, kind
    assert found["samples"] == EXPECTED["samples"]
