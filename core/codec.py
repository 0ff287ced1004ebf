"""Dashboard data to JSON and back, so a snapshot gives back an object equal to the live one.

The data are frozen dataclasses of plain values (see ``dashboards.selectors``); the way back is
driven by their type hints, so a new field needs no code here. Supported: int, float, str,
bool, None, date, datetime, lists, ``dict[str | int, …]``, ``X | None`` and nested dataclasses.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
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


Decoder = Callable[[Any], Any]


def _as_is(data: Any) -> Any:
    return data


def _float_or_none(data: Any) -> float | None:
    # A whole float can come back from JSON as an int.
    return None if data is None else float(data)


def _optional(inner: Decoder) -> Decoder:
    return lambda data: None if data is None else inner(data)


def _list_of(item: Decoder) -> Decoder:
    if item is _as_is:
        return list
    return lambda data: [item(value) for value in data]


def _dict_of(key: Decoder, value: Decoder) -> Decoder:
    return lambda data: {key(k): value(v) for k, v in data.items()}


def _has_default(field: dataclasses.Field) -> bool:
    return field.default is not dataclasses.MISSING or (
        field.default_factory is not dataclasses.MISSING
    )


def _dataclass_of(cls: type) -> Decoder:
    """A field with a default may be missing from the data (a snapshot stored before the field
    was added), and then takes its default."""
    hints = _field_hints(cls)
    fields = [
        (field.name, _decoder(hints[field.name]), _has_default(field))
        for field in dataclasses.fields(cls)
        if field.init
    ]
    return lambda data: cls(
        **{
            name: decode(data[name])
            for name, decode, optional in fields
            if not optional or name in data
        }
    )


@cache
def _decoder(hint: Any) -> Decoder:
    """The function that rebuilds a value of type ``hint``, worked out once per type: a
    snapshot holds thousands of values of a handful of types, and walking the type hints for
    each value was most of the time it took to read one back."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        [inner] = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _optional(_decoder(inner))
    if origin is list:
        [item_hint] = typing.get_args(hint)
        return _list_of(_decoder(item_hint))
    if origin is dict:
        key_hint, value_hint = typing.get_args(hint)
        return _dict_of(key_hint, _decoder(value_hint))
    if dataclasses.is_dataclass(hint):
        return _dataclass_of(hint)
    if hint is datetime:
        return datetime.fromisoformat
    if hint is date:
        return date.fromisoformat
    if hint is float:
        return _float_or_none
    return _as_is


def from_json(hint: Any, data: Any) -> Any:
    """Rebuild a value of type ``hint`` from what ``to_json`` made of it."""
    return _decoder(hint)(data)
