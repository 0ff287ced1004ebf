"""How a dashboard table reads on the page: each value written the way its column's ``Kind``
says, in the reader's language, and the bar widths of the table's chart.

Written by Kind (Norwegian shown; grouping and the decimal sign follow the active language):

- COUNT: a whole number with grouped thousands, «12 345».
- PERCENT: rounded to a whole number, a non-breaking space and «%», «43 %».
- MEAN: two decimals, «4,25».
- CHANGE: signed, «+0,25», with a true minus sign (U+2212) when negative. A whole number
  (``int``) stays whole, «+3», so a change in people or percentage points reads as whole; a
  decimal (``float``) gets two decimals, the precision of the means it compares. A section
  chooses by the type it stores.
- TEXT: as it is.

A suppressed cell (``TOO_FEW``) is «For få svar» and never a number; an empty cell is an en
dash (``EMPTY``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django import template
from django.utils.formats import get_format, number_format
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from dashboards.exports import is_number, round_half_up
from dashboards.tables import Cell, Column, Kind, Suppressed, Table

register = template.Library()

EMPTY = "–"
MINUS = "\u2212"
NBSP = "\u00a0"
DECIMALS = {Kind.COUNT: 0, Kind.PERCENT: 0, Kind.MEAN: 2, Kind.CHANGE: 2}
THOUSANDS = 3


@functools.cache
def _separators(language: str | None) -> dict[int, str] | None:
    """The language's decimal sign and thousands separator as a table for ``str.translate``,
    to write Python's «1,234.50» the language's way; None where the language groups digits
    other than by three, which only Django's ``number_format`` knows how to do."""
    if get_format("NUMBER_GROUPING", language) != THOUSANDS:
        return None
    return str.maketrans(
        {
            ",": get_format("THOUSAND_SEPARATOR", language),
            ".": get_format("DECIMAL_SEPARATOR", language),
        }
    )


def _number(value: int | float, decimals: int) -> str:
    # The same text as number_format(…, use_l10n=True, force_grouping=True), written directly:
    # a dashboard writes about a thousand numbers, and number_format looks up the language's
    # formats again for each.
    rounded = round_half_up(value, decimals)
    separators = _separators(get_language())
    if separators is None:
        text = number_format(rounded, decimals, use_l10n=True, force_grouping=True)
    else:
        text = f"{rounded:,.{decimals}f}".translate(separators)
    return text.replace("-", MINUS)


def _signed(value: int | float) -> str:
    text = _number(value, 0 if isinstance(value, int) else DECIMALS[Kind.CHANGE])
    return f"+{text}" if round_half_up(value, DECIMALS[Kind.CHANGE]) > 0 else text


def format_cell(value: Cell, kind: Kind) -> str:
    if value is None:
        return EMPTY
    if isinstance(value, Suppressed):
        return str(value)
    if not (is_number(value) and kind.numeric):
        return str(value)
    if kind is Kind.CHANGE:
        return _signed(value)
    text = _number(value, DECIMALS[kind])
    return f"{text}{NBSP}%" if kind is Kind.PERCENT else text


@register.filter
def cell(value: Cell, column: Column | Kind) -> str:
    """``{{ value|cell:column }}``: the value as the page shows it (see the module docstring).
    Takes a ``Column`` or a ``Kind``."""
    kind = column.kind if isinstance(column, Column) else column
    return format_cell(value, kind)


@dataclass(frozen=True)
class DisplayCell:
    """One table cell ready for the template: ``numeric`` aligns it right, ``muted`` marks the
    words «For få svar» and the dash that stand where a figure would be."""

    text: str
    numeric: bool
    muted: bool

    @property
    def css_class(self) -> str:
        classes = (("spire-num", self.numeric), ("spire-muted", self.muted))
        return " ".join(name for name, wanted in classes if wanted)


@register.filter
def display_rows(table: Table) -> list[list[DisplayCell]]:
    """The table's rows as formatted cells, since a template cannot walk a row and its columns
    side by side."""
    return [
        [
            DisplayCell(
                text=format_cell(value, column.kind),
                numeric=column.kind.numeric,
                muted=value is None or isinstance(value, Suppressed),
            )
            for value, column in zip(row, table.columns, strict=True)
        ]
        for row in table.rows
    ]


def _cell_html(tag: str, cell: DisplayCell, attributes: str = "", bar_html: str = "") -> str:
    classes = " ".join(c for c in (cell.css_class, "spire-barcell" if bar_html else "") if c)
    css = f' class="{classes}"' if classes else ""
    return f"<{tag}{attributes}{css}>{escape(cell.text)}{bar_html}</{tag}>"


ROW_HEADER = ' scope="row"'


def _bar_html(bar: Bar | None) -> str:
    """The chart's bar for one row, drawn in the cell beside its figure. It repeats the figure,
    so it is hidden from screen readers; widths are SVG attributes because the
    Content-Security-Policy forbids inline styles."""
    if bar is None or bar.width is None:
        return ""
    negative = " spire-chart__fill--negative" if bar.negative else ""
    return (
        '<svg class="spire-chart__bar" width="100%" height="12" focusable="false" '
        'aria-hidden="true"><rect class="spire-chart__track" x="0" y="0" width="100%" '
        f'height="100%"></rect><rect class="spire-chart__fill{negative}" x="0" y="0" '
        f'width="{bar.width}%" height="100%"></rect></svg>'
    )


def _row_html(row: list[DisplayCell], bar_column: int | None, bar: Bar | None) -> str:
    header, *cells = row
    tds = "".join(
        _cell_html("td", cell, bar_html=_bar_html(bar))
        if index == bar_column
        else _cell_html("td", cell)
        for index, cell in enumerate(cells, start=1)
    )
    return f"<tr>{_cell_html('th', header, ROW_HEADER)}{tds}</tr>\n      "


@register.filter
def table_body(table: Table) -> SafeString:
    """The table's ``<tbody>`` rows, the first cell of each a row header, and the chart's bars
    in the cells of the column it draws, so the figures and their chart are one table; every
    text escaped (the class names are our own). Written here rather than in the template,
    where the loops over rows and cells cost most of the page's time."""
    bars = chart_bars(table) or [None] * len(table.rows)
    bar_column = table.chart.value_column if table.chart else None
    rows = (
        _row_html(row, bar_column, bar) for row, bar in zip(display_rows(table), bars, strict=True)
    )
    # Every text is escaped in _cell_html; the markup around it is our own.
    return mark_safe("".join(rows))  # noqa: S308 # nosec B308 B703


ALL_ROWS_PARAMETER = "alle"
"""?alle=<table key>, once per table shown in full on the organisation dashboard."""


@register.simple_tag(takes_context=True)
def rows_href(context: template.Context, key: str, *, all_rows: bool) -> str:
    """The link that shows the table ``key`` with all its rows (or its first rows only again),
    keeping the page's filters and the other tables shown in full; it ends at the table."""
    expanded = set(context.get("expanded", ()))
    expanded = expanded | {key} if all_rows else expanded - {key}
    query = context.get("query_string", "")
    extra = urlencode([(ALL_ROWS_PARAMETER, each) for each in sorted(expanded)])
    joined = "&".join(part for part in (query, extra) if part)
    return f"?{joined}#table-{key}"


@dataclass(frozen=True)
class Bar:
    """One bar of a chart. ``width`` is a percentage of the chart's width as an SVG attribute
    value with a dot («33.3»), or None when the row has no figure (suppressed or empty), in
    which case ``text`` says why instead."""

    label: str
    value: int | float | None
    width: str | None
    text: str
    negative: bool = False


def _svg_percent(share: float) -> str:
    return f"{round(min(max(share, 0.0), 100.0), 1):g}"


@register.filter
def chart_bars(table: Table) -> list[Bar]:
    """The bars of the table's chart: the chart's column against its ``maximum``, or against
    the largest value when the chart fixes none. A negative change is drawn by its size and
    marked, and its sign is in the text beside it."""
    chart = table.chart
    if chart is None:
        return []
    column = table.columns[chart.value_column]
    label_column = table.columns[0]
    values = [row[chart.value_column] for row in table.rows]
    numbers = [abs(v) for v in values if is_number(v)]
    scale = chart.maximum if chart.maximum else max(numbers, default=0)
    bars = []
    for row, value in zip(table.rows, values, strict=True):
        label = format_cell(row[0], label_column.kind)
        if not is_number(value):
            bars.append(Bar(label, None, None, format_cell(value, column.kind)))
            continue
        width = _svg_percent(abs(value) / scale * 100) if scale else "0"
        bars.append(Bar(label, value, width, format_cell(value, column.kind), value < 0))
    return bars
