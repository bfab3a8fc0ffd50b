"""Map record dataclasses to JSON documents and back, guided by their type hints.

Supported field types: str, int, float, bool, None-able, list[X], dict[str, X],
enums, date, datetime and nested dataclasses. Unknown keys in a document are
ignored; missing keys take the field's default, so adding a field needs no migration.

Reading 130,000 documents at start-up must be quick, so each type's converter is
worked out once (from the type hints) and cached, instead of inspecting the hints
for every value. A value of the wrong JSON type raises ValueError naming the field.
For each record class a straight-line builder and writer are generated once
(:func:`_fast_reader`, :func:`_fast_writer`): they handle the common shapes inline and
hand anything unusual to the general path, so results and error messages are the same.
"""

from __future__ import annotations

import copy
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
    writer = _WRITERS.get(kind)
    if writer is not None:
        return writer(obj)
    names = _field_names(kind)
    if names is not None:
        _WRITERS[kind] = writer = _fast_writer(kind, names)
        return writer(obj)
    return _to_document_general(obj)


def _to_document_general(obj: Any) -> Any:
    kind: type = type(obj)
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
    reader = _READERS.get(cls)
    if reader is None:
        reader = _READERS[cls] = _fast_reader(typing.cast(type, cls))
    return typing.cast(T, reader(doc))


def _from_document_general(cls: type[T], doc: dict[str, Any]) -> T:
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


# -- generated builders and writers ----------------------------------------------------------

_READERS: dict[Any, Callable[[Any], Any]] = {}
_WRITERS: dict[type, Callable[[Any], Any]] = {}
_MISSING = object()


def _fast_reader(cls: type) -> Callable[[Any], Any]:
    """``doc -> cls(...)`` as straight-line code: plain text, numbers, flags, dates, enums and
    lists of text are checked inline; anything else, or anything unusual (a wrong type, a
    null, a bad date), goes to the general path, which gives the same result or error."""
    env: dict[str, Any] = {
        "cls": cls,
        "M": _MISSING,
        "general": lambda doc: _from_document_general(cls, doc),
        "dt": datetime.fromisoformat,
        "day": date.fromisoformat,
        "dict": dict,
        "str": str,
        "int": int,
        "bool": bool,
        "float": float,
        "list": list,
    }
    lines = [
        "def build(doc):",
        "    if doc.__class__ is not dict:",
        "        return general(doc)",
        "    kw = {}",
        "    get = doc.get",
    ]
    hints = typing.get_type_hints(cls)
    for number, (name, convert, nullable) in enumerate(_plan(cls)):
        key = repr(name)
        on_none = f"kw[{key}] = None" if nullable else "return general(doc)"
        lines += [f"    v = get({key}, M)", "    if v is not M:", "        if v is None:"]
        branch = _fast_branch(bare_type(hints[name]), key, number, env)
        lines += [f"            {on_none}", *branch]
        if branch[0].startswith("        elif"):  # a value of another type: the general path
            lines += ["        else:", "            return general(doc)"]
        env[f"convert{number}"] = convert
    lines.append("    return cls(**kw)")
    exec("\n".join(lines), env)  # code built above from the class's own fields
    return typing.cast(Callable[[Any], Any], env["build"])


def _fast_branch(tp: Any, key: str, number: int, env: dict[str, Any]) -> list[str]:
    """The ``elif`` that takes a non-null value of type ``tp`` into ``kw[key]``."""
    if tp in (str, int, bool, float):
        return [f"        elif v.__class__ is {tp.__name__}:", f"            kw[{key}] = v"]
    if tp in (datetime, date):
        parse = "dt" if tp is datetime else "day"
        return [
            "        elif v.__class__ is str:",
            "            try:",
            f"                kw[{key}] = {parse}(v)",
            "            except ValueError:",
            "                return general(doc)",
        ]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        env[f"members{number}"] = {m.value: m for m in tp}
        return [
            "        elif v.__class__ is str:",
            f"            member = members{number}.get(v)",
            "            if member is None:",
            "                return general(doc)",
            f"            kw[{key}] = member",
        ]
    if typing.get_origin(tp) is list and typing.get_args(tp) == (str,):
        return [
            "        elif v.__class__ is list:",
            "            for item in v:",
            "                if item.__class__ is not str:",
            "                    return general(doc)",
            f"            kw[{key}] = v.copy()",
        ]
    return [  # anything else: the field's own converter, or the general path on failure
        "        else:",
        "            try:",
        f"                kw[{key}] = convert{number}(v)",
        "            except (TypeError, ValueError, KeyError, AttributeError):",
        "                return general(doc)",
    ]


def bare_type(tp: Any) -> Any:
    """``X | None`` -> ``X``; anything else as it is."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return options[0] if len(options) == 1 else tp
    return tp


def _fast_writer(kind: type, names: tuple[str, ...]) -> Callable[[Any], Any]:
    """``obj -> {field: JSON value}`` as one dict display: plain values as they are, and
    lists of text, dates and enum members of the field's declared type inline."""
    env: dict[str, Any] = {"plain": _PLAIN, "convert": to_document, "list": list}
    try:
        hints = typing.get_type_hints(kind)
    except (NameError, TypeError):
        hints = {}
    items = []
    for number, name in enumerate(names):
        tp = bare_type(hints.get(name, Any))
        if typing.get_origin(tp) is list and typing.get_args(tp) == (str,):
            inline, special = "v.copy()", "list"
        elif tp in (datetime, date):
            inline, special = "v.isoformat()", f"kind{number}"
            env[special] = tp
        elif isinstance(tp, type) and issubclass(tp, enum.Enum):
            inline, special = "v.value", f"kind{number}"
            env[special] = tp
        else:
            items.append(f"{name!r}: v if (v := obj.{name}).__class__ in plain else convert(v)")
            continue
        items.append(
            f"{name!r}: {inline} if (v := obj.{name}).__class__ is {special} "
            "else v if v.__class__ in plain else convert(v)"
        )
    source = "def write(obj):\n    return {" + ", ".join(items) + "}"
    exec(source, env)  # code built from the dataclass's own field names
    return typing.cast(Callable[[Any], Any], env["write"])


def clone(obj: T) -> T:
    """A copy of a record that shares nothing mutable with it (a deep copy, made fast for
    records whose fields are text, numbers, dates, enum members and lists of text)."""
    kind = type(obj)
    copier = _CLONERS.get(kind)
    if copier is None:
        copier = _CLONERS[kind] = _cloner(kind)
    return typing.cast(T, copier(obj))


_CLONERS: dict[type, Callable[[Any], Any]] = {}
_IMMUTABLE = (str, int, float, bool, datetime, date)


def _cloner(kind: type) -> Callable[[Any], Any]:
    names = _field_names(kind)
    if names is None:
        return copy.deepcopy
    hints = typing.get_type_hints(kind)
    lists = []
    for name in names:
        tp = bare_type(hints[name])
        if typing.get_origin(tp) is list and typing.get_args(tp) == (str,):
            lists.append(name)
        elif not (
            tp in _IMMUTABLE
            or (isinstance(tp, type) and issubclass(tp, enum.Enum))
            or tp is type(None)
        ):
            return lambda obj: from_document(kind, to_document(obj))  # nested: the full path

    def copier(obj: Any) -> Any:
        new: Any = object.__new__(kind)
        state = obj.__dict__.copy()
        for name in lists:
            value = state[name]
            state[name] = value.copy() if value.__class__ is list else copy.deepcopy(value)
        new.__dict__.update(state)
        return new

    return copier
