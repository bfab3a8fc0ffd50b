"""What a service or the store tells the user, said in the user's language.

A UserError (and a field's message from netprep.domain.validation) is a template with named
parameters (netprep.domain.message.Message): ``str(error)`` is the English sentence the CLI
prints. The GUI shows ``said(error)``: the template looked up under the "UserError" context
of the catalog (tools/update_translations.py lists every template for the translators in
netprep/gui/words/user_error_texts.py), filled with the same parameters. A parameter that is
a Message itself (a reason, a kind of thing) is said the same way; the user's data (a name, a
path) is shown as it is. A translation that cannot be filled falls back to the English.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from netprep.domain.message import Grouped, Message, RecordCount, fill
from netprep.services.errors import UserError, ValidationError

CONTEXT = "UserError"


def said(what: BaseException | str) -> str:
    """``what`` (an error, a Message or plain text) as the user reads it, in their language."""
    if isinstance(what, ValidationError):  # the fields' own messages, without field names
        return " ".join(said(problem) for problem in what.errors.values())
    if isinstance(what, UserError):
        return _said(what.message)
    if isinstance(what, BaseException):  # a domain error (AgendaError…): its Message, or text
        first = what.args[0] if len(what.args) == 1 else None
        if isinstance(first, str):  # a literal is a template without parameters
            return _said(first if isinstance(first, Message) else Message(first))
        return str(what)
    return _said(what) if isinstance(what, Message) else what


def _said(message: Message) -> str:
    translated = QCoreApplication.translate(CONTEXT, message.template) if message.template else ""
    if not message.params:
        return translated
    params = {name: _param(value) for name, value in message.params.items()}
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a catalog entry that does not fit: English
        return fill(message.template, message.params)


def _param(value: Any) -> Any:
    if isinstance(value, Grouped):
        return QLocale().toString(int(value))
    if isinstance(value, RecordCount):  # "3 Kontakte": worded with the backups' counts
        from netprep.gui.words.backup_words import BackupWords

        return BackupWords().count(value.table, value.n)
    label = getattr(value, "label", None) if isinstance(value, Enum) else None
    if isinstance(label, str):
        return QCoreApplication.translate(type(value).__name__, label)  # as words.labels does
    if isinstance(value, BaseException | Message):
        return said(value)
    return value
