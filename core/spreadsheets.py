"""Cells that a spreadsheet shows as text, for every CSV and Excel file Spire writes (the open
case data, the dashboard tables).

A cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return is run as a formula when
the file is opened, so a title like «=HYPERLINK(…)» typed by anyone could act in a reader's
spreadsheet. It lives in core, the lowest layer, so that every app with an export can import it."""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """The text with a leading apostrophe if it starts with a formula character, which makes a
    spreadsheet show it as text."""
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


def safe_cell(value: object) -> str | int:
    """A value as a cell: nothing as an empty cell, a whole number as a number (a negative one
    is a number to a spreadsheet, not a formula), anything else as text that cannot run."""
    if value is None:
        return ""
    if isinstance(value, int):
        return value
    return neutralise_formula(str(value))
