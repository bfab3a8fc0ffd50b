"""A sentence for the user, kept as its template and parameters so it can be translated.

``Message("No contact called “{name}”.", name=name)`` *is* the English sentence (a ``str``:
the CLI prints it, logs and tests compare it) and keeps ``.template`` and ``.params``: the GUI
looks the template up in the user's language and fills in the same parameters
(netprep.gui.words.user_errors). A parameter that is itself a Message (a reason, a kind of
thing) or a labelled enum (a circle: its ``label``) is translated too; anything else (a name,
a path, a number) is the user's data, shown as it is.

Write the template as a literal at the call (``Message("…", x=…)``, ``UserError("…", x=…)``),
never an f-string: tools/update_translations.py finds the literals for the translators.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any


class Grouped(int):
    """A number written with thousands separators: "200,000" (the GUI: the user's locale's)."""


def counted(n: int, one: str, many: str) -> str:
    """English with its plural: "1 contact", "3 contacts" (the CLI; the GUI has Qt's %n)."""
    return f"{n} {one if n == 1 else many}"


#: A table's records, one and many, in English (the CLI, logs); the GUI words them itself.
RECORD_WORDS = {
    "contacts": ("contact", "contacts"),
    "notes": ("note", "notes"),
    "meetings": ("meeting", "meetings"),
    "interactions": ("interaction", "interactions"),
    "referrals": ("referral", "referrals"),
    "followups": ("follow-up", "follow-ups"),
}


@dataclass(frozen=True)
class RecordCount:
    """How many records of one table: "3 contacts", "1 follow-up" (the GUI: in the user's
    language, with its plural rules), never the table's name as the store spells it."""

    table: str
    n: int

    def __str__(self) -> str:
        return counted(self.n, *RECORD_WORDS.get(self.table, (self.table, self.table)))


def fill(template: str, params: Mapping[str, Any]) -> str:
    """``template`` with its ``{name}`` parameters filled in (a template with none as it is)."""
    if not params:
        return template
    return template.format(**{name: _shown(value) for name, value in params.items()})


def _shown(value: Any) -> Any:
    """A number grouped, a labelled enum (a circle, a status) by its label, else as it is."""
    if isinstance(value, Grouped):
        return f"{value:,}"
    label = getattr(value, "label", None) if isinstance(value, Enum) else None
    return label if isinstance(label, str) else value


class Message(str):
    """The English sentence, with the template and parameters it was made from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        made = super().__new__(cls, fill(template, params))
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (a worker process) with its template
        return (_rebuild, (self.template, self.params))

    @classmethod
    def joined(cls, parts: Iterable[str], separator: str = " ") -> Message:
        """Several sentences as one: each part translated on its own where it is a Message."""
        listed = list(parts)
        template = separator.join(f"{{part{i}}}" for i in range(len(listed)))
        return cls(template, **{f"part{i}": part for i, part in enumerate(listed)})


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def message_of(error: BaseException) -> str:
    """What ``error`` says: the Message it was raised with, else its text."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)
