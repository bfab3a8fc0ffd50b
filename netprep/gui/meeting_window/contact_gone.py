"""A meeting whose contact was deleted: there is no outcome to record, but it can be ended."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from netprep.composition import App
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError


def end_without_contact(parent: QWidget, app: App, meeting_id: str) -> bool:
    """The meeting's contact was deleted: offer to end it keeping its notes. True if ended."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ContactGone", "The contact was deleted"),
        QCoreApplication.translate(
            "ContactGone",
            "This meeting's contact has been deleted, so there is no outcome to record. End the "
            "meeting and keep its notes and timer?",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        app.meetings.end_without_contact(meeting_id)
    except UserError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ContactGone", "The meeting was not ended"),
            said(error),
        )
        return False
    return True
