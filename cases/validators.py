"""Validators for procurement identifiers and the year a case started."""

import re

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EARLIEST_CASE_YEAR = 1990
"""Innovative public procurement as a practice is younger; an earlier year is a typing slip."""


def validate_case_year(year: int | None) -> None:
    """A case started between EARLIEST_CASE_YEAR and this year, wherever it is written."""
    latest = timezone.localdate().year
    if year is not None and not EARLIEST_CASE_YEAR <= year <= latest:
        raise ValidationError(
            _("Write a year between %(first)s and %(last)s."),
            code="year",
            params={"first": EARLIEST_CASE_YEAR, "last": latest},
        )


CPV_WEIGHTS = (3, 7, 1, 3, 7, 1, 3, 7)
CPV_PATTERN = re.compile(r"^(\d{8})-(\d)$")


def cpv_check_digit(eight_digits: str) -> int:
    """The CPV check digit (Regulation (EC) 213/2008): a weighted sum modulo 10."""
    return sum(int(d) * w for d, w in zip(eight_digits, CPV_WEIGHTS, strict=True)) % 10


def split_cpv_codes(value: str) -> list[str]:
    return [code for code in re.split(r"[\s,;]+", value or "") if code]


def validate_cpv_codes(value: str) -> None:
    """Every code must look like 45000000-7 and carry the right check digit."""
    for code in split_cpv_codes(value):
        match = CPV_PATTERN.match(code)
        if match is None:
            raise ValidationError(
                _(
                    "“%(code)s” is not a CPV code. Write 8 digits, a hyphen and the check digit, "
                    "like 45000000-7."
                ),
                code="cpv_format",
                params={"code": code},
            )
        if cpv_check_digit(match[1]) != int(match[2]):
            raise ValidationError(
                _("The CPV code %(code)s has a wrong check digit. Check it in the CPV list."),
                code="cpv_check_digit",
                params={"code": code},
            )
