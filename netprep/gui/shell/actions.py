"""Every menu command declared once: its text, shortcut and tip (marked for the catalog under
"Actions", translated when the action is made). The window wires the handlers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from netprep.gui.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""


#: The sidebar's sections in its order, with their menu text: Ctrl+1… follow this order.
SECTION_MENU = (
    ("today", QT_TRANSLATE_NOOP("Actions", "&Today")),
    ("contacts", QT_TRANSLATE_NOOP("Actions", "&Contacts")),
    ("meetings", QT_TRANSLATE_NOOP("Actions", "&Meetings")),
    ("referrals", QT_TRANSLATE_NOOP("Actions", "Re&ferrals")),
    ("followups", QT_TRANSLATE_NOOP("Actions", "Follow-&ups")),
    ("review", QT_TRANSLATE_NOOP("Actions", "&Review")),
    ("profile", QT_TRANSLATE_NOOP("Actions", "&Profile")),
)
SECTIONS = tuple(name for name, _text in SECTION_MENU)


def section_title(name: str) -> str:
    """The sidebar's words for a section: its menu text, translated, without the "&"."""
    text = dict(SECTION_MENU).get(name, name.capitalize())
    return QCoreApplication.translate("Actions", text).replace("&", "")


ACTIONS = [
    ActionSpec(
        "new_contact",
        QT_TRANSLATE_NOOP("Actions", "&New contact"),
        QKeySequence.StandardKey.New,
        QT_TRANSLATE_NOOP("Actions", "Add a contact"),
    ),
    ActionSpec(
        "save",
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        QKeySequence.StandardKey.Save,
        QT_TRANSLATE_NOOP("Actions", "Save the form you are editing"),
    ),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit),
    ActionSpec(
        "undo_delete", QT_TRANSLATE_NOOP("Actions", "&Undo delete"), QKeySequence.StandardKey.Undo
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find contact"),
        QKeySequence.StandardKey.Find,
        QT_TRANSLATE_NOOP("Actions", "Search your contacts"),
    ),
    ActionSpec(
        "delete_contact",
        QT_TRANSLATE_NOOP("Actions", "&Delete contact…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Delete the selected contact"),
    ),
    # Not Ctrl+M (Minimize on macOS) nor Ctrl+E (ends a meeting in the meeting window).
    ActionSpec(
        "prepare_meeting",
        QT_TRANSLATE_NOOP("Actions", "&Prepare a meeting…"),
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Actions", "Build a brief for a meeting"),
    ),
    ActionSpec(
        "export_brief",
        QT_TRANSLATE_NOOP("Actions", "&Export brief as PDF…"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Save the brief as a PDF"),
    ),
    ActionSpec(
        "print_brief", QT_TRANSLATE_NOOP("Actions", "&Print brief…"), QKeySequence.StandardKey.Print
    ),
    ActionSpec(
        "copy_brief",
        QT_TRANSLATE_NOOP("Actions", "Copy &brief"),
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("Actions", "Copy the brief to paste elsewhere"),
    ),
    *(
        ActionSpec(f"go_{name}", text, f"Ctrl+{number}")
        for number, (name, text) in enumerate(SECTION_MENU, start=1)
    ),
    ActionSpec(
        "import_contacts",
        QT_TRANSLATE_NOOP("Actions", "&Import contacts…"),
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP("Actions", "LinkedIn, Google, vCard…"),
    ),
    ActionSpec(
        "export_data",
        QT_TRANSLATE_NOOP("Actions", "E&xport data…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "A backup, or contacts as CSV or vCard"),
    ),
    ActionSpec("undo_import", QT_TRANSLATE_NOOP("Actions", "Undo import or merge")),
    ActionSpec(
        "merge_contacts",
        QT_TRANSLATE_NOOP("Actions", "&Merge contacts…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Two contacts who are the same person"),
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About netprep")),
]


def build_actions(parent: QWidget) -> dict[str, QAction]:
    actions = {}
    for spec in ACTIONS:
        action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(QCoreApplication.translate("Actions", spec.tip))
        actions[spec.name] = action
    return actions
