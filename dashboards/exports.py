"""A dashboard table as a file: CSV for anything, Excel for people who go on working in Excel.

Both are written from the same ``Table`` the page shows, so a download never says more than the
page: a suppressed cell is the text «For få svar» in every format, never a number.

The CSV is written for Norwegian Excel, which opens a file on double-click with the semicolon as
separator and the comma as decimal sign: so it uses ``;``, writes «4,25», and starts with a byte
order mark so the letters æ, ø and å survive. Text that a spreadsheet would run as a formula
(«=HYPERLINK(…)» in a course title) is kept as text in both formats.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import ROUND_HALF_UP, Decimal

from django.http import Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from assessments.scoring import MIN_GROUP_SIZE
from core.spreadsheets import neutralise_formula
from dashboards.tables import FEW_PEOPLE, TOO_FEW, Cell, Column, Kind, Suppressed, Table
from organizations.small_groups import MIN_PEOPLE_SHOWN

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_DELIMITER = ";"

# Decimals written to CSV, where a number is text and keeps only what is written. Excel keeps
# the full value and rounds only on screen (see XLSX_NUMBER_FORMATS).
CSV_DECIMALS = {Kind.PERCENT: 1, Kind.MEAN: 2, Kind.CHANGE: 2}
XLSX_NUMBER_FORMATS = {
    Kind.COUNT: "#,##0",
    Kind.PERCENT: '0" %"',
    Kind.MEAN: "0.00",
}
XLSX_CHANGE_FORMATS = {int: "+0;-0;0", float: "+0.00;-0.00;0.00"}
SHEET_NAME_MAX = 31
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
COLUMN_WIDTH_MIN, COLUMN_WIDTH_MAX = 8, 60


def column_header(column: Column) -> str:
    """A column's label in a file. Percentages are written as plain numbers, so the header
    carries the unit."""
    if column.kind is Kind.PERCENT and "%" not in column.label:
        return f"{column.label} (%)"
    return str(column.label)


def is_number(value: Cell) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def round_half_up(value: int | float, decimals: int) -> Decimal:
    """Half up, as people round (Python's round() and Django's number_format don't), and
    never «-0,00»."""
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return rounded.copy_abs() if rounded == 0 else rounded


# --- CSV --------------------------------------------------------------------------------------


def _csv_number(value: int | float, kind: Kind) -> str:
    if isinstance(value, int) or kind is Kind.COUNT:
        return str(round(value))
    return str(round_half_up(value, CSV_DECIMALS.get(kind, 2))).replace(".", ",")


def csv_cell(value: Cell, column: Column) -> str:
    """One cell as CSV text: numbers with a decimal comma, suppressed cells as «For få svar»,
    empty cells empty."""
    if value is None:
        return ""
    if isinstance(value, Suppressed):
        return str(value)
    if is_number(value):
        return _csv_number(value, column.kind) if column.kind.numeric else str(value)
    return neutralise_formula(str(value))


def table_csv(table: Table) -> str:
    buffer = io.StringIO()
    buffer.write("\ufeff")  # the byte order mark tells Excel the file is UTF-8
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow([neutralise_formula(column_header(c)) for c in table.columns])
    for row in table.rows:
        cells = zip(row, table.columns, strict=True)
        writer.writerow([csv_cell(value, column) for value, column in cells])
    return buffer.getvalue()


# --- Excel ------------------------------------------------------------------------------------


def sheet_title(title: str, fallback: str = "Data") -> str:
    """A title Excel accepts as a sheet name: at most 31 characters, none of ``[]:*?/\\``, and
    not starting or ending with an apostrophe."""
    cleaned = SHEET_NAME_FORBIDDEN.sub("", ILLEGAL_CHARACTERS_RE.sub("", str(title)))
    cleaned = " ".join(cleaned.split())[:SHEET_NAME_MAX].strip().strip("'").strip()
    return cleaned or fallback


def _xlsx_text(value: object) -> str:
    # openpyxl refuses control characters, which a title pasted from elsewhere can carry.
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def _write_text(sheet, row: int, column: int, text: str):
    """Text stored as a string cell. openpyxl turns any string starting with "=" into a
    formula, so the type is set back to string after the value."""
    cell = sheet.cell(row=row, column=column, value=_xlsx_text(text))
    cell.data_type = "s"
    return cell


def _write_xlsx_cell(sheet, row: int, column_number: int, value: Cell, column: Column) -> None:
    if value is None:
        return
    if not is_number(value):
        cell = _write_text(sheet, row, column_number, str(value))
        if column.kind.numeric:
            cell.alignment = Alignment(horizontal="right")
        return
    cell = sheet.cell(row=row, column=column_number, value=value)
    if not column.kind.numeric:
        return
    if column.kind is Kind.CHANGE:
        cell.number_format = XLSX_CHANGE_FORMATS[int if isinstance(value, int) else float]
    else:
        cell.number_format = XLSX_NUMBER_FORMATS[column.kind]


def _display_length(value: Cell, column: Column) -> int:
    if value is None:
        return 0
    if is_number(value) and column.kind.numeric:
        return len(csv_cell(value, column)) + 2  # room for grouping and a "%"
    return max((len(line) for line in str(value).splitlines()), default=0)


def _set_column_widths(sheet, table: Table) -> None:
    for index, column in enumerate(table.columns):
        longest = max(
            [len(column_header(column))]
            + [_display_length(row[index], column) for row in table.rows]
        )
        width = min(max(longest + 2, COLUMN_WIDTH_MIN), COLUMN_WIDTH_MAX)
        sheet.column_dimensions[get_column_letter(index + 1)].width = width


def _write_data_sheet(sheet, table: Table) -> None:
    bold = Font(bold=True)
    for number, column in enumerate(table.columns, start=1):
        cell = _write_text(sheet, 1, number, column_header(column))
        cell.font = bold
        if column.kind.numeric:
            cell.alignment = Alignment(horizontal="right")
    for row_number, row in enumerate(table.rows, start=2):
        for number, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            _write_xlsx_cell(sheet, row_number, number, value, column)
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = sheet.dimensions
    _set_column_widths(sheet, table)


def _write_about_sheet(sheet, table: Table) -> None:
    """What the table shows, on its own sheet so the data sheet stays a clean block to sort,
    filter and pivot."""
    _write_text(sheet, 1, 1, table.title).font = Font(bold=True, size=13)
    _write_text(sheet, 2, 1, table.description).alignment = Alignment(wrap_text=True)
    cells = {value for row in table.rows for value in row if isinstance(value, Suppressed)}
    if FEW_PEOPLE in cells:
        note = _(
            "«%(few)s» stands where a count of people would be below %(n)s, or would describe "
            "a group that small: it could show what one person did."
        ) % {"few": FEW_PEOPLE, "n": MIN_PEOPLE_SHOWN}
        _write_text(sheet, 4, 1, note).alignment = Alignment(wrap_text=True)
    if TOO_FEW in cells:
        note = _(
            "«%(too_few)s» marks a figure that is not shown because it would describe fewer "
            "than %(n)s people, or would let someone work out the result of such a group."
        ) % {"too_few": TOO_FEW, "n": MIN_GROUP_SIZE}
        _write_text(sheet, 3, 1, note).alignment = Alignment(wrap_text=True)
    sheet.column_dimensions["A"].width = 90


def table_workbook(table: Table) -> Workbook:
    workbook = Workbook()
    data_sheet = workbook.active
    data_sheet.title = sheet_title(table.title, fallback=sheet_title(table.key))
    _write_data_sheet(data_sheet, table)
    about_title = sheet_title(_("About the table"))
    if about_title == data_sheet.title:
        about_title = sheet_title(f"{about_title} (2)")
    _write_about_sheet(workbook.create_sheet(about_title), table)
    return workbook


# --- Responses --------------------------------------------------------------------------------


def _attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = content_disposition_header(True, filename)
    # An organisation's figures: a shared cache must never keep them.
    patch_cache_control(response, private=True, no_store=True)
    return response


def table_csv_response(table: Table, filename_stem: str) -> HttpResponse:
    response = HttpResponse(table_csv(table).encode("utf-8"), content_type=CSV_CONTENT_TYPE)
    return _attachment(response, f"{filename_stem}.csv")


def table_xlsx_response(table: Table, filename_stem: str) -> HttpResponse:
    buffer = io.BytesIO()
    table_workbook(table).save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    return _attachment(response, f"{filename_stem}.xlsx")


EXPORTERS = {"csv": table_csv_response, "xlsx": table_xlsx_response}


def table_export_response(table: Table, fmt: str, filename_stem: str) -> HttpResponse:
    """The table in the format a URL asks for; any other format answers 404."""
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise Http404(f"No export format «{fmt}».")
    return exporter(table, filename_stem)
