"""Counts read as words in every language: never "1 contacts" or "note(s)". Plurals are
``self.tr("%n contact(s)", "", n)``; netprep_en gives English its forms, netprep_de German's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.shell.translation import install_translators, remove_translators
from tests.gui.helpers import make_window


def test_the_contacts_page_counts_one_contact(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    app.contacts.save(Contact(name="Sam Lee"))
    window = make_window(qtbot, app, tmp_path)
    window.show_section("contacts")
    qtbot.waitUntil(lambda: window.contacts_page.count_label.text() == "1 contact")
    app.contacts.save(Contact(name="Ann Bo"))
    window.contacts_page.reload()
    qtbot.waitUntil(lambda: window.contacts_page.count_label.text() == "2 contacts")


def test_german_counts_too(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    installed = install_translators(qt_app, QLocale("de_DE"))
    try:
        app.contacts.save(Contact(name="Sam Lee"))
        window = make_window(qtbot, app, tmp_path)
        window.show_section("contacts")
        qtbot.waitUntil(lambda: window.contacts_page.count_label.text() == "1 Kontakt")
    finally:
        remove_translators(qt_app, installed)
