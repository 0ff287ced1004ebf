"""A dashboard table on the page: accessible table markup, values written by their kind, the
chart's bars as SVG attributes (no inline styles, for the CSP), and no figure where there are
too few answers."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from dashboards.tables import TOO_FEW, Chart, Column, Kind, Table
from dashboards.templatetags.dashboard_tables import cell, chart_bars, display_rows

SUPPRESSED_COURSE = "Course with four people"


def _table(**overrides) -> Table:
    values = {
        "key": "kunnskap-bestatt",
        "title": "Pass rate by course",
        "description": "The share of people who passed each course's final quiz.",
        "columns": [
            Column("Course"),
            Column("People", Kind.COUNT),
            Column("Pass rate", Kind.PERCENT),
            Column("Average score", Kind.MEAN),
        ],
        "rows": [
            ["Innovation basics", 12345, 50.0, 4.255],
            [SUPPRESSED_COURSE, 4, TOO_FEW, TOO_FEW],
            ["Market dialogue", 8, 100, None],
        ],
        "chart": Chart(value_column=2, maximum=100),
    }
    return Table(**{**values, **overrides})


def _render(table: Table, **context) -> str:
    with translation.override("nb"):
        return render_to_string("dashboards/includes/table.html", {"table": table, **context})


def _row_html(html: str, label: str) -> str:
    match = re.search(rf"<tr><th scope=\"row\"[^>]*>{re.escape(label)}</th>.*?</tr>", html)
    assert match, f"no table row for {label}"
    return match.group(0)


def _chart_row_html(html: str, label: str) -> str:
    """The cell of the row's charted column (the third column of these tables), with its bar."""
    cells = re.findall(r"<td[^>]*>.*?</td>", _row_html(html, label))
    return cells[1]


# --- The cell filter --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        (12345, Kind.COUNT, "12\xa0345"),
        (42.5, Kind.PERCENT, "43\xa0%"),
        (42.4, Kind.PERCENT, "42\xa0%"),
        (4.255, Kind.MEAN, "4,26"),
        (4, Kind.MEAN, "4,00"),
        (0.25, Kind.CHANGE, "+0,25"),
        (-0.5, Kind.CHANGE, "\u22120,50"),
        (3, Kind.CHANGE, "+3"),
        (0.0, Kind.CHANGE, "0,00"),
        (-0.001, Kind.CHANGE, "0,00"),
        ("Oslo", Kind.TEXT, "Oslo"),
        (None, Kind.MEAN, "–"),
    ],
)
def test_cell_writes_each_kind_the_norwegian_way(value, kind, expected):
    with translation.override("nb"):
        assert cell(value, kind) == expected
        assert cell(value, Column("x", kind)) == expected


def test_cell_writes_too_few_as_words_in_every_numeric_kind():
    with translation.override("en"):
        assert {cell(TOO_FEW, kind) for kind in Kind} == {"Too few answers"}


def test_display_rows_mark_numbers_and_missing_figures():
    with translation.override("nb"):
        rows = display_rows(_table())

    assert [(c.numeric, c.muted) for c in rows[1]] == [
        (False, False),
        (True, False),
        (True, True),
        (True, True),
    ]
    assert rows[1][2].css_class == "spire-num spire-muted"
    assert rows[0][0].css_class == ""


# --- Chart bars -------------------------------------------------------------------------------


def test_chart_bars_scale_to_the_charts_maximum():
    with translation.override("nb"):
        bars = chart_bars(_table())

    assert [(b.label, b.width) for b in bars] == [
        ("Innovation basics", "50"),
        (SUPPRESSED_COURSE, None),
        ("Market dialogue", "100"),
    ]
    assert bars[0].text == "50\xa0%"
    assert bars[1].value is None


def test_chart_bars_scale_to_the_largest_value_without_a_maximum():
    table = _table(
        columns=[Column("Course"), Column("People", Kind.COUNT)],
        rows=[["A", 30], ["B", 10], ["C", None]],
        chart=Chart(value_column=1),
    )
    bars = chart_bars(table)

    assert [b.width for b in bars] == ["100", "33.3", None]
    assert bars[2].text == "–"


def test_chart_bars_stay_within_the_chart_and_mark_negative_changes():
    table = _table(
        columns=[Column("Dimension"), Column("Change", Kind.CHANGE)],
        rows=[["Acquisition", 1.5], ["Exploitation", -0.5], ["Beyond", 9.0]],
        chart=Chart(value_column=1, maximum=2),
    )
    bars = chart_bars(table)

    assert [(b.width, b.negative) for b in bars] == [("75", False), ("25", True), ("100", False)]


def test_chart_bars_of_all_zero_values_have_no_width():
    table = _table(
        columns=[Column("Course"), Column("People", Kind.COUNT)],
        rows=[["A", 0], ["B", 0]],
        chart=Chart(value_column=1),
    )

    assert [b.width for b in chart_bars(table)] == ["0", "0"]


def test_a_table_without_chart_has_no_bars():
    assert chart_bars(_table(chart=None)) == []


# --- The include ------------------------------------------------------------------------------


def test_table_has_caption_and_header_scopes():
    html = _render(_table())

    assert '<caption class="ds-sr-only">Pass rate by course</caption>' in html
    assert html.count('<th scope="col"') == 4
    assert html.count('<th scope="row"') == 3
    assert '<th scope="col" class="spire-num">People</th>' in html
    assert "<h3 " in html and "Pass rate by course</h3>" in html
    assert "The share of people who passed each course&#x27;s final quiz." in html


def test_numbers_are_formatted_and_right_aligned():
    html = _render(_table())
    row = _row_html(html, "Innovation basics")

    assert '<td class="spire-num">12\xa0345</td>' in row
    assert '<td class="spire-num spire-barcell">50\xa0%<svg' in row
    assert '<td class="spire-num">4,26</td>' in row


def test_suppressed_cells_show_words_and_no_figure():
    with translation.override("nb"):
        too_few = str(TOO_FEW)
    html = _render(_table())
    row = _row_html(html, SUPPRESSED_COURSE)

    assert row.count(too_few) == 2
    assert "%" not in row
    assert not re.search(r"\d+,\d", row)
    chart_row = _chart_row_html(html, SUPPRESSED_COURSE)
    assert too_few in chart_row
    assert "<rect" not in chart_row


def test_chart_bars_are_svg_width_attributes():
    html = _render(_table())

    assert 'width="50%"' in _chart_row_html(html, "Innovation basics")
    assert 'width="100%"' in _chart_row_html(html, "Market dialogue")
    assert html.count('class="spire-chart__fill"') == 2


def test_the_chart_is_drawn_in_its_table_and_hidden_from_screen_readers():
    """One set of figures: the bars sit in the cells of the column they draw, beside the
    figure they repeat, so there is no separate chart repeating the table."""
    html = _render(_table())

    assert "<figure" not in html
    assert html.count('aria-hidden="true"') == html.count("<svg") == 2
    assert 'focusable="false"' in _chart_row_html(html, "Innovation basics")


def test_a_percentage_above_the_maximum_is_clamped_in_the_chart():
    html = _render(_table(rows=[["Overfull", 1, 150.0, 1.0]]))

    assert 'width="100%"' in _chart_row_html(html, "Overfull")
    assert 'width="150%"' not in html


def test_no_inline_styles_anywhere():
    html = _render(_table(), export_url="/organisasjon/oversikt/eksport/", query_string="a=1")

    assert "style=" not in html
    assert "<script" not in html


def test_table_without_chart_has_no_bars():
    html = _render(_table(chart=None))

    assert "<svg" not in html and "spire-barcell" not in html
    assert "<table" in html


def test_download_links_carry_the_filters_and_the_title():
    html = _render(
        _table(), export_url="/organisasjon/oversikt/eksport/", query_string="avdeling=3&fra="
    )

    assert 'href="/organisasjon/oversikt/eksport/kunnskap-bestatt.csv?avdeling=3&amp;fra="' in html
    assert 'href="/organisasjon/oversikt/eksport/kunnskap-bestatt.xlsx?avdeling=3&amp;fra="' in html
    assert html.count('<span class="ds-sr-only"> – Pass rate by course</span>') == 2


def test_download_links_without_filters_have_no_question_mark():
    html = _render(_table(), export_url="/eksport/")

    assert 'href="/eksport/kunnskap-bestatt.csv"' in html


def test_no_download_links_without_an_export_url():
    html = _render(_table())

    assert ".csv" not in html and ".xlsx" not in html


def test_heading_level_can_be_chosen():
    html = _render(_table(), heading_level=4)

    assert "<h4 " in html and "</h4>" in html
    assert "<h3" not in html


def test_empty_table_shows_its_empty_text_instead():
    html = _render(_table(rows=[], empty_text="Nobody has taken a quiz yet."), export_url="/e/")

    assert "Nobody has taken a quiz yet." in html
    assert "<table" not in html
    assert "<figure" not in html
    assert ".csv" not in html


def test_cell_text_is_escaped():
    html = _render(_table(rows=[["<script>alert(1)</script>", 5, 50, 4.0]]))

    assert "<script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_numbers_read_as_djangos_number_format_would_write_them(language):
    from django.utils.formats import number_format

    from dashboards.exports import round_half_up
    from dashboards.templatetags.dashboard_tables import MINUS, _number

    values = [0, 7, -7, 999, 1000, -1000, 12345, 1234567, 0.004, -0.004, 4.255, -1234.5, 99.995]
    with translation.override(language):
        for value in values:
            for decimals in (0, 2):
                expected = number_format(
                    round_half_up(value, decimals), decimals, use_l10n=True, force_grouping=True
                ).replace("-", MINUS)
                assert _number(value, decimals) == expected, (value, decimals)


def test_long_table_body_is_escaped_row_by_row():
    html = _render(_table(rows=[[f"<b>{n}</b>", n, 50.0, 4.0] for n in range(30)]))

    assert html.count('<tr><th scope="row">&lt;b&gt;') == 30
    assert "<b>" not in html
