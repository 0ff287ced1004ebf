"""The one strict reading of numbers and lookup keys that come from a request: query parameters,
form fields, path segments. Everything that reads an id, a page number, a year or a typed
number from request data goes through here, never through ``str.isdigit()`` or a bare
``int()``/``Decimal()``:

- ``"²".isdigit()`` is true but ``int("²")`` fails; ``int()`` of full-width digits and of
  ``" 12\\n"`` succeeds. Only ASCII digits are numbers here, with nothing around them.
- A 20-digit id does not fit SQLite's or PostgreSQL's 64-bit integer: ids are refused above
  2**63 - 1, the largest value of both (and of Django's BigAutoField).
- ``Decimal`` takes ``NaN``, ``Infinity`` and ``1e999999``; a typed number here is only an
  optional minus, digits and one decimal comma or point, within a given number of digits.
- PostgreSQL refuses a text value with a NUL byte (an error, so a 500); lookup keys with one
  are refused (``lookup_text``).

Each function answers None (or raises ``ValueError`` for typed numbers, where the form says
why) for anything else, and the caller answers 404, 400, a form error or the default."""

import re
from decimal import ROUND_HALF_UP, Decimal

MAX_ID = 2**63 - 1  # SQLite INTEGER and PostgreSQL bigint
# Longer input is refused before any pattern looks at it.
_MAX_INPUT = 100

_DIGITS = re.compile(r"[0-9]+")
# An optional minus, digits in groups that may be split by spaces (as Norwegians write
# 1 000 000), and one decimal comma or point. No exponent, no sign other than a leading minus.
_SPACES = re.compile(r"[ \u00a0\u202f]")
_DECIMAL = re.compile(r"(-?)([0-9]*)(?:[.,]([0-9]*))?")


def _text(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str) or len(value) > _MAX_INPUT:
        return None
    return value


def parse_int(value: object, *, minimum: int, maximum: int) -> int | None:
    """A whole number written in ASCII digits, with an optional leading minus when ``minimum``
    is negative, between ``minimum`` and ``maximum``; otherwise None."""
    text = _text(value)
    if text is None:
        return None
    negative = text.startswith("-") and minimum < 0
    digits = text[1:] if negative else text
    if not _DIGITS.fullmatch(digits) or len(digits) > len(str(max(abs(minimum), maximum))):
        return None
    number = -int(digits) if negative else int(digits)
    return number if minimum <= number <= maximum else None


def parse_id(value: object) -> int | None:
    """A database id: ASCII digits only, from 1 to 2**63 - 1. None for anything else."""
    return parse_int(value, minimum=1, maximum=MAX_ID)


def parse_positive_int(value: object, *, maximum: int) -> int | None:
    """A whole number from 1 to ``maximum`` (a page number, a page size, a year)."""
    return parse_int(value, minimum=1, maximum=maximum)


def parse_ids(values, *, limit: int = 100) -> list[int]:
    """The valid ids among several values (a repeated parameter), at most ``limit`` of them,
    each once, in their order; the others are dropped."""
    ids: list[int] = []
    for value in list(values)[:limit]:
        parsed = parse_id(value)
        if parsed is not None and parsed not in ids:
            ids.append(parsed)
    return ids


def parse_decimal(value: object, *, max_digits: int, decimal_places: int) -> Decimal | None:
    """A number as a person types it into a form: ``12``, ``-3,5``, ``1 000.25``. None when
    empty; ``ValueError`` when it is not such a number or has more than
    ``max_digits - decimal_places`` digits before the decimal mark. More decimals than
    ``decimal_places`` are rounded (half up). Never NaN, an infinity or an exponent."""
    if value is None:
        return None
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or len(value) > _MAX_INPUT:
        raise ValueError("not a number")
    text = _SPACES.sub("", value.strip())
    if text == "":
        return None
    match = _DECIMAL.fullmatch(text)
    if not match or not (match.group(2) or match.group(3)):
        raise ValueError("not a number")
    sign, whole, fraction = match.group(1), match.group(2) or "0", match.group(3) or ""
    if len(whole.lstrip("0")) > max_digits - decimal_places or len(fraction) > _MAX_INPUT:
        raise ValueError("too many digits")
    number = Decimal(f"{sign}{whole}.{fraction or '0'}").quantize(
        Decimal(1).scaleb(-decimal_places), rounding=ROUND_HALF_UP
    )
    if number and number.adjusted() >= max_digits - decimal_places:  # 999.9999 rounds up
        raise ValueError("too many digits")
    return number


def lookup_text(value: object, *, max_length: int) -> str | None:
    """A text key for a database lookup (a code, a slug, a token): None when it is not text,
    is longer than ``max_length`` or holds a NUL byte, which PostgreSQL refuses."""
    if not isinstance(value, str) or len(value) > max_length or "\x00" in value:
        return None
    return value
