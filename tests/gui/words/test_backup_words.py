"""A backup's contents counted with the language's plural rules."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from netprep.gui.shell.translation import install_translators, remove_translators
from netprep.gui.words.backup_words import BackupWords
from netprep.services.backups import BackupChoice

CHOICE = BackupChoice("x", None, "before-import", {"contacts": 1, "notes": 0}, {"followups": 2})


def test_in_english() -> None:
    words = BackupWords()
    assert words.holds(CHOICE) == "1 contact, 0 notes, 0 meetings"
    assert words.loss(CHOICE) == "2 follow-ups fewer than now"
    assert words.why(CHOICE) == "Before an import"


def test_in_german() -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    installed = install_translators(qt_app, QLocale("de_DE"))
    try:
        words = BackupWords()
        assert words.holds(CHOICE) == "1 Kontakt, 0 Notizen, 0 Treffen"
        assert words.loss(CHOICE) == "2 Follow-ups weniger als jetzt"
    finally:
        remove_translators(qt_app, installed)
