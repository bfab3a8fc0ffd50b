"""What a page or list says when it has nothing to show yet: a muted line or a centred panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def muted_note(text: str) -> QLabel:
    """A quiet line under a list that is empty ("Nothing planned yet…")."""
    label = QLabel(text)
    label.setObjectName("mutedLabel")
    label.setWordWrap(True)
    return label


def empty_state(text: str) -> QLabel:
    """A centred panel filling a detail area before anything is selected."""
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label
