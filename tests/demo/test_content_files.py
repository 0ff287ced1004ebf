"""A content file that does not fit the schema is refused with a message that names the file
and the field, and `setup_demo --check` lists every such problem without touching the database."""

import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from demo import content_files
from demo.content_files import ContentError, read_case, read_lesson

CASE = """---
title: Et eksempel
service_area: helse-omsorg
status: planlagt
started_year: {year}
participants:
- org: '4601'
  role: lead
---

## summary

Kort sammendrag.

## need

Behovet.
"""
LESSON = """---
title: En leksjon
---

{body}
"""


@pytest.fixture
def content_copy(tmp_path, monkeypatch):
    """A copy of demo/content/ that a test may break; the readers read it instead."""
    copy = tmp_path / "content"
    shutil.copytree(content_files.CONTENT, copy)
    monkeypatch.setattr(content_files, "CONTENT", copy)
    content_files.forget()
    yield copy
    monkeypatch.undo()
    content_files.forget()


def test_a_field_of_the_wrong_type_is_named_with_its_file(tmp_path):
    path = tmp_path / "01-eksempel.md"
    path.write_text(CASE.format(year="i fjor"), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        read_case(path)
    [problem] = error.value.problems
    assert problem.startswith(f"{path}: field 'started_year': ")
    assert "valid integer" in problem


def test_a_missing_field_is_named_with_its_file(tmp_path):
    path = tmp_path / "01-eksempel.md"
    path.write_text(CASE.format(year=2020).replace("title: Et eksempel\n", ""), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        read_case(path)
    assert error.value.problems == [f"{path}: field 'title': Field required"]


def test_a_misspelt_field_is_refused_not_ignored(tmp_path):
    path = tmp_path / "01-eksempel.md"
    path.write_text(CASE.format(year=2020).replace("status:", "statsu:"), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        read_case(path)
    assert f"{path}: field 'statsu': Extra inputs are not permitted" in error.value.problems


def test_a_case_that_fits_reads_its_summary_and_need_from_the_body(tmp_path):
    path = tmp_path / "01-eksempel.md"
    path.write_text(CASE.format(year=2020), encoding="utf-8")
    case = read_case(path)
    assert (case.summary, case.need, case.started_year) == ("Kort sammendrag.", "Behovet.", 2020)


def test_a_lesson_body_is_read_into_lesson_blocks(tmp_path):
    path = tmp_path / "1-leksjon.md"
    body = "Første **avsnitt**.\n\n- en\n- to\n\n## Overskrift\n\n::: tip Husk\nDette.\n:::"
    path.write_text(LESSON.format(body=body), encoding="utf-8")
    assert read_lesson(path).blocks == [
        {
            "type": "paragraph",
            "value": "<p>Første <strong>avsnitt</strong>.</p><ul><li>en</li><li>to</li></ul>",
        },
        {"type": "heading", "value": "Overskrift"},
        {"type": "callout", "value": {"kind": "tip", "title": "Husk", "text": "<p>Dette.</p>"}},
    ]


def test_a_lesson_body_that_is_not_a_valid_lesson_is_refused(tmp_path):
    path = tmp_path / "1-leksjon.md"
    path.write_text(LESSON.format(body="## Bare en overskrift"), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        read_lesson(path)
    [problem] = error.value.problems
    assert problem.startswith(f"{path}: body: ")


def test_an_unclosed_box_names_its_line(tmp_path):
    path = tmp_path / "1-leksjon.md"
    path.write_text(LESSON.format(body="Tekst.\n\n::: reflection\nHva nå?"), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        read_lesson(path)
    assert error.value.problems == [
        f"{path}: body: line 4: '::: reflection' is never closed with ':::'"
    ]


def test_check_passes_on_the_demo_content():
    out = StringIO()
    call_command("setup_demo", "--check", stdout=out)
    assert "i orden" in out.getvalue()


def test_check_lists_every_broken_file_with_its_field(content_copy):
    quiz = next(content_copy.glob("courses/1-*/1-*/quiz.yaml"))
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("type: single", "type: singel", 1))
    people = content_copy / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("    name: Kari Nordmann\n", ""))
    with pytest.raises(CommandError) as error:
        call_command("setup_demo", "--check", stdout=StringIO())
    message = str(error.value)
    assert "1-grunnkurs/1-hvorfor-innovative-anskaffelser/quiz.yaml: field '0.type': " in message
    assert "content/people.yaml: field 'people.0.name': Field required" in message


def test_check_finds_a_case_that_a_lesson_cites_but_does_not_exist(content_copy):
    cited = next(content_copy.glob("cases/*-larvik-*.md"))
    cited.unlink()
    with pytest.raises(CommandError) as error:
        call_command("setup_demo", "--check", stdout=StringIO())
    assert "'::: case larvik-elektronisk-medisineringsstotte' names no case" in str(error.value)


def test_check_reports_a_case_file_without_its_number(content_copy):
    (content_copy / "cases" / "ny-sak.md").write_text(CASE.format(year=2020), encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("setup_demo", "--check", stdout=StringIO())
    assert "cases/ny-sak.md: the name must begin with its number" in str(error.value)
