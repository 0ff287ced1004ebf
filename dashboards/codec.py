"""Dashboard data to JSON and back, so a snapshot gives back an object equal to the live one.

The data are frozen dataclasses of plain values (see ``dashboards.selectors``); the way back is
driven by their type hints, so a new field needs no code here. Supported: int, float, str,
bool, None, date, datetime, lists, ``dict[str | int, …]``, ``X | None`` and nested dataclasses.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from functools import cache
from typing import Any


def to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: to_json(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    return value


@cache
def _field_hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_json(hint: Any, data: Any) -> Any:
    """Rebuild a value of type ``hint`` from what ``to_json`` made of it."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        [inner] = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return from_json(inner, data)
    if origin is list:
        [item_hint] = typing.get_args(hint)
        return [from_json(item_hint, item) for item in data]
    if origin is dict:
        key_hint, value_hint = typing.get_args(hint)
        return {key_hint(key): from_json(value_hint, item) for key, item in data.items()}
    if dataclasses.is_dataclass(hint):
        hints = _field_hints(hint)
        return hint(
            **{
                field.name: from_json(hints[field.name], data[field.name])
                for field in dataclasses.fields(hint)
                if field.init
            }
        )
    if hint is datetime:
        return datetime.fromisoformat(data)
    if hint is date:
        return date.fromisoformat(data)
    if hint is float and data is not None:
        return float(data)
    return data
