"""Records built from documents just parsed from a table file, at the pace of opening 30,000.

:func:`mapping.from_document` checks a document field by field by name and calls the
record's ``__init__`` by keyword: about 13 µs a contact. A document netprep wrote has
every field, in the record's field order, so :func:`loader` generates for each record
class one straight-line function that takes the values in that order, checks their
types in one expression, and calls the class positionally (about a third of the time).
It also shares one string per value for the fields named (a company, a tag: 30,000
contacts, a few hundred companies), and one object per date and time. The document's
own lists become the record's: only for documents nobody else holds (parsed for this,
then dropped).

Anything else (a field missing, extra or out of order, a value of an unexpected type, a
bad date) goes to :func:`mapping.from_document`, so the record, or the error naming the
field, is exactly what it would have been.
"""

from __future__ import annotations

import dataclasses
import enum
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from netprep.store.mapping import bare_type, from_document

Loader = Callable[[Any, dict[str, str], dict[str, datetime]], Any]
_LOADERS: dict[tuple[type, tuple[str, ...]], Loader] = {}


def loader(cls: type, shared: tuple[str, ...] = ()) -> Loader:
    """``load(doc, strings, moments)``: a ``cls`` record from a freshly parsed document,
    the text of the ``shared`` fields taken from (and added to) ``strings``, and each
    date and time from ``moments`` (a bulk import gives 30,000 records one created_at).
    Raises as from_document does."""
    key = (cls, shared)
    found = _LOADERS.get(key)
    if found is None:
        found = _LOADERS[key] = _generate(cls, shared) or _general(cls)
    return found


def _general(cls: type) -> Loader:
    return lambda doc, strings, moments: from_document(cls, doc)


def _generate(cls: type, shared: tuple[str, ...]) -> Loader | None:
    """The straight-line loader, or None when a field is of a kind it does not inline."""
    fields = dataclasses.fields(cls)
    if not fields or not all(f.init for f in fields):
        return None
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {
        "cls": cls,
        "names": tuple(f.name for f in fields),
        "general": lambda doc: from_document(cls, doc),
        "dt": datetime.fromisoformat,
        "day": date.fromisoformat,
        "join": "".join,
        "dict": dict,
        "tuple": tuple,
        "list": list,
        "map": map,
        "str": str,
        "int": int,
        "bool": bool,
        "float": float,
    }
    checks, values, lists = [], [], []
    for number, f in enumerate(fields):
        made = _field(f"v{number}", hints[f.name], f.name in shared, number, env)
        if made is None:
            return None
        check, value, is_list = made
        checks.append(check)
        values.append(value)
        if is_list:
            lists.append(f"v{number}")
    names = ", ".join(f"v{n}" for n in range(len(fields)))
    lines = [
        "def load(doc, strings, moments):",
        "    if doc.__class__ is not dict or tuple(doc) != names:",
        "        return general(doc)",
        f"    {names}, = doc.values()",
        "    if not (" + " and ".join(checks) + "):",
        "        return general(doc)",
        "    setdefault, moment = strings.setdefault, moments.get",
        "    try:",
        *(f"        join({name})" for name in lists),  # TypeError unless all text
        f"        return cls({', '.join(values)})",
        "    except (TypeError, ValueError, KeyError):",
        "        return general(doc)",
    ]
    exec("\n".join(lines), env)  # code built above from the class's own fields
    return typing.cast(Loader, env["load"])


def _field(
    name: str, hint: Any, shared: bool, number: int, env: dict[str, Any]
) -> tuple[str, str, bool] | None:
    """(type check, value expression, whether a list of text) for one field."""
    tp = bare_type(hint)
    nullable = tp is not hint
    is_list = typing.get_origin(tp) is list and typing.get_args(tp) == (str,)
    if is_list:
        check = f"{name}.__class__ is list"
        value = f"list(map(setdefault, {name}, {name}))" if shared else name
    elif tp in (str, int, bool, float):
        check = f"{name}.__class__ is {tp.__name__}"
        value = f"setdefault({name}, {name})" if shared and tp is str else name
    elif tp is datetime:  # one object per moment (immutable): 48 bytes each
        check = f"{name}.__class__ is str"
        value = f"(moment({name}) or moments.setdefault({name}, dt({name})))"
    elif tp is date:
        check = f"{name}.__class__ is str"
        value = f"day({name})"
    elif isinstance(tp, type) and issubclass(tp, enum.Enum):
        env[f"members{number}"] = {m.value: m for m in tp}
        check = f"{name}.__class__ is str"
        value = f"members{number}[{name}]"
    else:
        return None
    if nullable:
        check = f"({name} is None or {check})"
        value = f"(None if {name} is None else {value})"
    return check, value, is_list
