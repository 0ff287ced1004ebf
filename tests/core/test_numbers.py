"""core.numbers: the one strict reading of numbers from request data."""

from decimal import Decimal

import pytest

from core.numbers import (
    MAX_ID,
    lookup_text,
    parse_decimal,
    parse_id,
    parse_ids,
    parse_int,
    parse_positive_int,
)

NOT_IDS = [
    "", " 1", "1 ", "1\n", "+1", "-1", "0", "²", "¹²", "\uff11\uff12", "1.0", "1e3", "0x10",
    "1_000", "NaN", "Infinity", "1\x00", "9" * 20, "9" * 400, "x" * 10_000, None, [], ["1"],
    True, 1.0, str(MAX_ID + 1),
]  # fmt: skip


@pytest.mark.parametrize("value", NOT_IDS)
def test_parse_id_refuses(value):
    assert parse_id(value) is None


@pytest.mark.parametrize(("value", "expected"), [("1", 1), ("0042", 42), (str(MAX_ID), MAX_ID)])
def test_parse_id_reads(value, expected):
    assert parse_id(value) == expected


def test_parse_positive_int_keeps_within_the_maximum():
    assert parse_positive_int("100", maximum=100) == 100
    assert parse_positive_int("101", maximum=100) is None
    assert parse_positive_int("0", maximum=100) is None


def test_parse_int_takes_a_minus_only_when_negatives_are_allowed():
    assert parse_int("-3", minimum=-5, maximum=5) == -3
    assert parse_int("-3", minimum=0, maximum=5) is None
    assert parse_int("--3", minimum=-5, maximum=5) is None


def test_parse_ids_drops_what_is_not_an_id():
    assert parse_ids(["3", "²", "3", "9" * 20, "7", "\x00"]) == [3, 7]
    assert parse_ids([str(n) for n in range(1, 500)], limit=5) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30", Decimal("30.000")),
        ("12,5", Decimal("12.500")),
        ("-3.25", Decimal("-3.250")),
        ("1 000", Decimal("1000.000")),
        ("1\u00a0000,5", Decimal("1000.500")),
        (" 7 ", Decimal("7.000")),
        (".5", Decimal("0.500")),
        ("3.14159", Decimal("3.142")),
        ("999999999", Decimal("999999999.000")),
        ("", None),
        ("  ", None),
        (None, None),
    ],
)
def test_parse_decimal_reads(value, expected):
    assert parse_decimal(value, max_digits=12, decimal_places=3) == expected


BAD_NUMBERS = [
    "NaN", "nan", "sNaN", "Infinity", "-inf", "1e999999", "1e-999999", "1E3", "9" * 20,
    "9" * 400, "999999999.9999", "1000000000", "²", "¹²", "\uff11\uff12", "+1", "--1", "1,2,3",
    "1.2.3", "-", ",", "0x10", "1\x00", "x" * 10_000, ["1"],
]  # fmt: skip


@pytest.mark.parametrize("value", BAD_NUMBERS)
def test_parse_decimal_refuses(value):
    with pytest.raises(ValueError):
        parse_decimal(value, max_digits=12, decimal_places=3)


def test_lookup_text_refuses_nul_and_length():
    assert lookup_text("ABC123", max_length=20) == "ABC123"
    assert lookup_text("ABC\x00", max_length=20) is None
    assert lookup_text("A" * 21, max_length=20) is None
    assert lookup_text(None, max_length=20) is None
