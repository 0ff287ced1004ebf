"""Cells a spreadsheet shows as text: formula-looking text is kept from running, everything
else is left as it was."""

import pytest

from core.spreadsheets import neutralise_formula, safe_cell


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://evil.example","klikk")',
        "+47 22 00 00 00",
        "-1+1",
        "@SUM(A1)",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_text_starting_with_a_formula_character_gets_an_apostrophe(text):
    assert neutralise_formula(text) == "'" + text
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Oslo kommune", "", "1+1", "a=b", "'quoted"])
def test_ordinary_text_is_left_alone(text):
    assert neutralise_formula(text) == text
    assert safe_cell(text) == text


@pytest.mark.parametrize("number", [0, 2019, -5, 12_500_000])
def test_whole_numbers_stay_numbers(number):
    assert safe_cell(number) is number


def test_nothing_is_an_empty_cell():
    assert safe_cell(None) == ""
