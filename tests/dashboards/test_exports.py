"""A dashboard table as CSV and Excel: what the files hold, and that a suppressed figure and a
formula-looking title come out as text."""

import csv
import io
import zipfile

import pytest
from django.http import Http404
from django.utils import translation
from openpyxl import load_workbook

from dashboards.exports import (
    XLSX_CONTENT_TYPE,
    sheet_title,
    table_csv_response,
    table_export_response,
    table_xlsx_response,
)
from dashboards.tables import TOO_FEW, Chart, Column, Kind, Table

FORMULA = '=HYPERLINK("http://evil.example","klikk")'


def _table(**overrides) -> Table:
    values = {
        "key": "kunnskap-fordeling",
        "title": "Quiz results: by course / module [all]",
        "description": "The share who passed each quiz.",
        "columns": [
            Column("Course"),
            Column("People", Kind.COUNT),
            Column("Pass rate", Kind.PERCENT),
            Column("Mean", Kind.MEAN),
            Column("Change", Kind.CHANGE),
        ],
        "rows": [
            ["Innovation 101", 12345, 42.5, 4.25, -0.5],
            [FORMULA, 3, TOO_FEW, TOO_FEW, 2],
            ["-1+1", 7, 100, None, 0.25],
        ],
        "chart": Chart(value_column=2, maximum=100),
    }
    return Table(**{**values, **overrides})


def _csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def _workbook(response):
    return load_workbook(io.BytesIO(response.content))


# --- CSV --------------------------------------------------------------------------------------


def test_csv_is_utf8_with_bom_semicolons_and_an_attachment_name():
    response = table_csv_response(_table(), "kunnskap-fordeling")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="kunnskap-fordeling.csv"'
    assert response.content.startswith("\ufeff".encode())
    first_line = response.content.decode("utf-8").splitlines()[0]
    assert first_line.count(";") == 4
    assert "no-store" in response["Cache-Control"]


def test_csv_header_names_the_percent_unit():
    rows = _csv_rows(table_csv_response(_table(), "x"))

    assert rows[0] == ["Course", "People", "Pass rate (%)", "Mean", "Change"]


def test_csv_writes_decimal_commas_and_plain_numbers():
    rows = _csv_rows(table_csv_response(_table(), "x"))

    assert rows[1] == ["Innovation 101", "12345", "42,5", "4,25", "-0,50"]
    assert rows[3][1:] == ["7", "100", "", "0,25"]


def test_csv_writes_too_few_as_text_and_never_a_number():
    with translation.override("en"):
        rows = _csv_rows(table_csv_response(_table(), "x"))

    assert rows[2][2] == rows[2][3] == "Too few answers"


def test_csv_too_few_follows_the_active_language():
    with translation.override("nb"):
        expected = str(TOO_FEW)
        rows = _csv_rows(table_csv_response(_table(), "x"))

    assert rows[2][2] == expected


def test_csv_neutralises_formula_looking_text():
    rows = _csv_rows(table_csv_response(_table(), "x"))

    assert rows[2][0] == "'" + FORMULA
    assert rows[3][0] == "'-1+1"
    # A negative number is a number, not a formula: it stays as Excel can read it.
    assert rows[1][4] == "-0,50"


def test_csv_of_a_table_without_rows_has_the_header_only():
    rows = _csv_rows(table_csv_response(_table(rows=[]), "x"))

    assert len(rows) == 1


# --- Excel ------------------------------------------------------------------------------------


def test_xlsx_response_has_the_right_type_and_name():
    response = table_xlsx_response(_table(), "kunnskap-fordeling")

    assert response["Content-Type"] == XLSX_CONTENT_TYPE
    assert response["Content-Disposition"] == 'attachment; filename="kunnskap-fordeling.xlsx"'


def test_xlsx_sheet_is_named_after_the_title_within_excels_rules():
    workbook = _workbook(table_xlsx_response(_table(), "x"))

    name = workbook.worksheets[0].title
    assert len(name) <= 31
    assert not set(name) & set("[]:*?/\\")
    assert name.startswith("Quiz results by course")


def test_sheet_title_falls_back_when_nothing_is_left():
    assert sheet_title("[]:*?", fallback="kunnskap") == "kunnskap"
    assert sheet_title("'quoted'") == "quoted"


def test_xlsx_keeps_numbers_as_numbers_with_formats():
    sheet = _workbook(table_xlsx_response(_table(), "x")).worksheets[0]

    assert [c.value for c in sheet[1]] == ["Course", "People", "Pass rate (%)", "Mean", "Change"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    people, rate, mean, change = sheet["B2"], sheet["C2"], sheet["D2"], sheet["E2"]
    assert (people.value, people.data_type) == (12345, "n")
    assert (rate.value, rate.data_type) == (42.5, "n")
    assert rate.number_format == '0" %"'
    assert (mean.value, mean.number_format) == (4.25, "0.00")
    assert change.value == -0.5
    assert change.number_format.startswith("+")
    assert sheet["E3"].number_format == "+0;-0;0"


def test_xlsx_writes_too_few_as_text_and_empty_as_empty():
    with translation.override("en"):
        sheet = _workbook(table_xlsx_response(_table(), "x")).worksheets[0]

    assert sheet["C3"].value == "Too few answers"
    assert sheet["C3"].data_type == "s"
    assert sheet["D4"].value is None


def test_xlsx_stores_formula_looking_text_as_a_string_not_a_formula():
    response = table_xlsx_response(_table(), "x")
    sheet = _workbook(response).worksheets[0]

    assert sheet["A3"].value == FORMULA
    assert sheet["A3"].data_type == "s"
    # The file itself holds no formula element at all.
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_xlsx_describes_the_table_on_its_own_sheet():
    with translation.override("en"):
        workbook = _workbook(table_xlsx_response(_table(), "x"))

    about = workbook.worksheets[1]
    assert about.title == "About the table"
    assert about["A1"].value == "Quiz results: by course / module [all]"
    assert about["A2"].value == "The share who passed each quiz."
    assert "Too few answers" in about["A3"].value


def test_xlsx_sets_column_widths():
    sheet = _workbook(table_xlsx_response(_table(), "x")).worksheets[0]

    assert sheet.column_dimensions["A"].width >= len(FORMULA)
    assert 8 <= sheet.column_dimensions["B"].width < sheet.column_dimensions["A"].width


# --- Choosing the format ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "content_type"), [("csv", "text/csv; charset=utf-8"), ("xlsx", XLSX_CONTENT_TYPE)]
)
def test_export_response_chooses_by_format(fmt, content_type):
    response = table_export_response(_table(), fmt, "kunnskap-fordeling")

    assert response["Content-Type"] == content_type
    assert f'filename="kunnskap-fordeling.{fmt}"' in response["Content-Disposition"]


@pytest.mark.parametrize("fmt", ["pdf", "", "CSV", "xls"])
def test_export_response_refuses_other_formats(fmt):
    with pytest.raises(Http404):
        table_export_response(_table(), fmt, "x")
