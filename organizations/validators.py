"""Validators for Norwegian public identifiers."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ORG_NUMBER_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
DOMAIN_PATTERN = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def org_number_check_digit(first_eight: str) -> int | None:
    """Brønnøysundregistrene's modulus-11 check digit, or None when no valid digit exists."""
    remainder = sum(int(d) * w for d, w in zip(first_eight, ORG_NUMBER_WEIGHTS, strict=True)) % 11
    digit = 11 - remainder
    if digit == 11:
        return 0
    if digit == 10:
        return None
    return digit


def validate_org_number(value: str) -> None:
    if not re.fullmatch(r"\d{9}", value or ""):
        raise ValidationError(_("An organisation number has exactly 9 digits."), code="format")
    if org_number_check_digit(value[:8]) != int(value[8]):
        raise ValidationError(
            _(
                "The organisation number %(value)s has a wrong check digit. Check it in the "
                "Brønnøysund Register Centre."
            ),
            code="check_digit",
            params={"value": value},
        )


def normalize_domain(value: str) -> str:
    return (value or "").strip().lower().lstrip("@").rstrip(".")


def validate_email_domain(value: str) -> None:
    if not DOMAIN_PATTERN.match(normalize_domain(value)):
        raise ValidationError(
            _("“%(value)s” is not a valid email domain. Write it like bergen.kommune.no."),
            code="domain",
            params={"value": value},
        )
