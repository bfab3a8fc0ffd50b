"""Picking another insight for a thank-you whose quote the user rewrote: the new quote has
no place to go, so the user chooses between a fresh draft and the email as they wrote it.

The email's own text is never replaced unasked, and a replaced one comes back with Undo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def replace_question(parent: QWidget | None) -> QMessageBox:
    """The question, with its two answers: Keep my email is the default (Esc keeps it too)."""
    box = QMessageBox(parent)
    box.setObjectName("replaceEmailBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ReplaceEmail", "Quote another insight"))
    box.setText(
        QCoreApplication.translate(
            "ReplaceEmail", "Your email no longer quotes an insight word for word."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ReplaceEmail",
            "To quote this one, the email is replaced by a fresh draft and your changes to it "
            "go (Undo brings them back). Or keep your email as it is.",
        )
    )
    replace = box.addButton(
        QCoreApplication.translate("ReplaceEmail", "Replace with a fresh draft"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    replace.setObjectName("replaceButton")
    keep = box.addButton(
        QCoreApplication.translate("ReplaceEmail", "Keep my email"),
        QMessageBox.ButtonRole.RejectRole,
    )
    keep.setObjectName("keepButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def ask_to_replace(parent: QWidget | None) -> bool:
    """True when the user chose a fresh draft over their own email (a seam for tests)."""
    box = replace_question(parent)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "replaceButton"
