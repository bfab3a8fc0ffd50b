"""Every menu command declared once: its text, shortcut and tip. The window wires the handlers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""


#: The sidebar's sections in its order, with their menu text: Ctrl+1… follow this order.
SECTION_MENU = (
    ("today", "&Today"),
    ("contacts", "&Contacts"),
    ("meetings", "&Meetings"),
    ("referrals", "Re&ferrals"),
    ("followups", "Follow-&ups"),
    ("review", "&Review"),
    ("profile", "&Profile"),
)
SECTIONS = tuple(name for name, _text in SECTION_MENU)

ACTIONS = [
    ActionSpec("new_contact", "&New contact", QKeySequence.StandardKey.New, "Add a contact"),
    ActionSpec("save", "&Save", QKeySequence.StandardKey.Save, "Save the form you are editing"),
    ActionSpec("quit", "&Quit", QKeySequence.StandardKey.Quit),
    ActionSpec("undo_delete", "&Undo delete", QKeySequence.StandardKey.Undo),
    ActionSpec("find", "&Find contact", QKeySequence.StandardKey.Find, "Search your contacts"),
    ActionSpec("delete_contact", "&Delete contact…", None, "Delete the selected contact"),
    # Not Ctrl+M (Minimize on macOS) nor Ctrl+E (ends a meeting in the meeting window).
    ActionSpec(
        "prepare_meeting", "&Prepare a meeting…", "Ctrl+Shift+P", "Build a brief for a meeting"
    ),
    ActionSpec("export_brief", "&Export brief as PDF…", "Ctrl+Shift+E", "Save the brief as a PDF"),
    ActionSpec("print_brief", "&Print brief…", QKeySequence.StandardKey.Print),
    ActionSpec("copy_brief", "Copy &brief", "Ctrl+Shift+C", "Copy the brief to paste elsewhere"),
    *(
        ActionSpec(f"go_{name}", text, f"Ctrl+{number}")
        for number, (name, text) in enumerate(SECTION_MENU, start=1)
    ),
    ActionSpec("import_contacts", "&Import contacts…", "Ctrl+Shift+I", "LinkedIn, Google, vCard…"),
    ActionSpec("export_data", "E&xport data…", None, "A backup, or contacts as CSV or vCard"),
    ActionSpec("undo_import", "Undo import or merge"),
    ActionSpec("merge_contacts", "&Merge contacts…", None, "Two contacts who are the same person"),
    ActionSpec("about", "&About netprep"),
]


def build_actions(parent: QWidget) -> dict[str, QAction]:
    actions = {}
    for spec in ACTIONS:
        action = QAction(spec.text, parent)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.tip)
        actions[spec.name] = action
    return actions
