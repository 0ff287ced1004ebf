"""URL path converters. ``<id:name>`` is Spire's converter for a database id in a path: ASCII
digits read by core.numbers.parse_id, so a 20-digit id is no match (404) rather than an
integer the database cannot hold (SQLite raises OverflowError: a 500)."""

from core.numbers import parse_id


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        parsed = parse_id(value)
        if parsed is None:
            raise ValueError(value)  # the resolver takes this as no match
        return parsed

    def to_url(self, value) -> str:
        return str(value)
