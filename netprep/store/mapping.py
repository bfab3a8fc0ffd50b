"""Map record dataclasses to JSON documents and back, guided by their type hints.

Supported field types: str, int, float, bool, None-able, list[X], dict[str, X],
enums, date, datetime and nested dataclasses. Unknown keys in a document are
ignored; missing keys take the field's default, so adding a field needs no migration.

Reading 130,000 documents at start-up must be quick, so each type's converter is
worked out once (from the type hints) and cached, instead of inspecting the hints
for every value. A value of the wrong JSON type raises ValueError naming the field.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
Converter = Callable[[Any], Any]


def to_document(obj: Any) -> Any:
    """A JSON-ready value for a dataclass instance (or any supported value)."""
    kind: type = type(obj)
    if kind in _PLAIN:
        return obj
    names = _field_names(kind)
    if names is not None:
        doc = {}
        for name in names:  # plain values inline: this runs for every field of every save
            value = getattr(obj, name)
            doc[name] = value if type(value) in _PLAIN else to_document(value)
        return doc
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [v if type(v) in _PLAIN else to_document(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_document(v) for k, v in obj.items()}
    return obj


_PLAIN = frozenset({str, int, float, bool, type(None)})


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind))


def from_document(cls: type[T], doc: dict[str, Any]) -> T:
    """Build a ``cls`` instance from a document written by :func:`to_document`.

    Raises ValueError (naming the field) when a value cannot be what the field holds.
    """
    if not isinstance(doc, dict):
        raise ValueError(f"a {cls.__name__} must be an object, not {type(doc).__name__}")
    kwargs = {}
    for name, convert, nullable in _plan(typing.cast(type, cls)):
        if name in doc:
            value = doc[name]
            if value is None:
                if not nullable:  # "name": null is refused, naming the field
                    raise ValueError(f"field {name!r}: expected a value, found null")
            else:
                try:
                    value = convert(value)
                except (TypeError, ValueError, KeyError, AttributeError) as exc:
                    raise ValueError(f"field {name!r}: {exc}") from None
            kwargs[name] = value
    return cls(**kwargs)


@cache
def _plan(cls: type) -> tuple[tuple[str, Converter, bool], ...]:
    hints = typing.get_type_hints(cls)
    return tuple(
        (f.name, _converter(hints[f.name]), _allows_none(hints[f.name]))
        for f in dataclasses.fields(cls)
        if f.init
    )


def _allows_none(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return type(None) in typing.get_args(tp)
    return tp is Any or tp is type(None)


def _same(value: Any) -> Any:
    return value


def _expect(kind: type | tuple[type, ...], label: str) -> Converter:
    def check(value: Any) -> Any:
        if not isinstance(value, kind):
            raise TypeError(f"expected {label}, found {type(value).__name__}")
        return value

    return check


@cache
def _converter(tp: Any) -> Converter:
    """A function from a (non-None) JSON value to a value of type ``tp``."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _nullable(_converter(options[0])) if len(options) == 1 else _same
    if origin is list:
        (item_type,) = typing.get_args(tp) or (Any,)
        return _list_of(_converter(item_type))
    if origin is dict:
        _, item_type = typing.get_args(tp) or (str, Any)
        return _dict_of(_converter(item_type))
    if tp is Any:
        return _same
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _dataclass(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum(tp)
    return _SCALARS.get(tp, _same)


def _nullable(convert: Converter) -> Converter:
    return lambda value: None if value is None else convert(value)


def _list_of(convert: Converter) -> Converter:
    def to_list(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, found {type(value).__name__}")
        if convert is _same:
            return list(value)
        return [convert(v) for v in value]

    return to_list


def _dict_of(convert: Converter) -> Converter:
    def to_dict(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, found {type(value).__name__}")
        return {k: convert(v) for k, v in value.items()}

    return to_dict


def _dataclass(cls: type) -> Converter:
    return lambda value: from_document(cls, value)


def _enum(cls: type[enum.Enum]) -> Converter:
    members = {member.value: member for member in cls}

    def to_member(value: Any) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not one of {sorted(map(str, members))}") from None

    return to_member


def _to_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, found {type(value).__name__}")
    return float(value)


def _to_datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected a date and time, found {type(value).__name__}")
    return datetime.fromisoformat(value)


def _to_date(value: Any) -> date:
    if not isinstance(value, str):
        raise TypeError(f"expected a date, found {type(value).__name__}")
    return date.fromisoformat(value)


_SCALARS: dict[Any, Converter] = {
    str: _expect(str, "text"),
    int: _expect(int, "a whole number"),
    bool: _expect(bool, "true or false"),
    float: _to_float,
    datetime: _to_datetime,
    date: _to_date,
}
