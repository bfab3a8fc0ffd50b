"""The item-data roles netprep's lists and trees share: one numbering for the whole app."""

from __future__ import annotations

from PySide6.QtCore import Qt

#: The record id behind a list row (a contact's, a note's, a meeting's, a referral's).
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: A second line under a row's title (role · company).
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
#: The pre-folded text that search matches against.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
#: The contact a row is about, where the row itself is something else (a referral).
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 4
