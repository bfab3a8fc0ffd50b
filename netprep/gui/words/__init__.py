"""Words the domain and the services hand the GUI, shown in the user's language."""

from __future__ import annotations

from netprep.gui.words.user_errors import said

__all__ = ["QT_TRANSLATE_NOOP", "said"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for pyside6-lupdate under ``context``; translate it where it is shown.

    PySide6's own marker is typed as returning ``object``; this one returns the text.
    """
    return text
