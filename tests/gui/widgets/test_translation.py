"""A catalog for the user's language translates netprep's words: pyside6-lupdate finds the
wrapped strings, pyside6-lrelease compiles a catalog, and the pages speak it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.contacts.notes_panel import NotesPanel
from netprep.gui.referrals.page import ReferralsPage
from netprep.gui.shell.translation import install_translators, remove_translators

BIN = Path(sys.executable).parent
GERMAN = {
    ("NotesPanel", "New note"): "Neue Notiz",
    ("ReferralsPage", "Open contact"): "Kontakt öffnen",
}


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def german_catalog(folder: Path) -> Path:
    """netprep_de.ts as lupdate extracts it from the code, translated, compiled to .qm."""
    ts = folder / "netprep_de.ts"
    sources = [
        str(Path(module.__file__))
        for module in (sys.modules[NotesPanel.__module__], sys.modules[ReferralsPage.__module__])
        if module.__file__
    ]
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True
    )
    tree = ElementTree.parse(ts)
    found = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            if key in GERMAN:
                translation = message.find("translation")
                assert translation is not None
                translation.text = GERMAN[key]
                translation.attrib.pop("type", None)  # no longer "unfinished"
                found.add(key)
    assert found == set(GERMAN)  # lupdate found the wrapped strings under their classes
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "netprep_de.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    return folder


@pytest.fixture
def qt_app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app


def test_a_catalog_for_the_language_translates_the_pages(
    qtbot: QtBot, app: App, qt_app: QApplication, tmp_path: Path
) -> None:
    folder = german_catalog(tmp_path)
    installed = install_translators(qt_app, QLocale("de_DE"), folder)
    try:
        assert installed
        notes = NotesPanel(app)
        referrals = ReferralsPage(app)
        qtbot.addWidget(notes)
        qtbot.addWidget(referrals)
        assert notes.new_button.text() == "Neue Notiz"
        assert referrals.open_button.text() == "Kontakt öffnen"
        assert notes.delete_button.text() == "Delete"  # not translated yet: stays English
    finally:
        remove_translators(qt_app, installed)
    assert NotesPanel(app).new_button.text() == "New note"


def test_no_catalog_for_the_language_leaves_english(
    qtbot: QtBot, app: App, qt_app: QApplication, tmp_path: Path
) -> None:
    installed = install_translators(qt_app, QLocale("fi_FI"), tmp_path)
    try:
        panel = NotesPanel(app)
        qtbot.addWidget(panel)
        assert panel.new_button.text() == "New note"
    finally:
        remove_translators(qt_app, installed)


def test_qts_own_words_follow_the_language(
    qtbot: QtBot, qt_app: QApplication, tmp_path: Path
) -> None:
    installed = install_translators(qt_app, QLocale("de_DE"), tmp_path)  # no netprep catalog
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None and cancel.text().replace("&", "") == "Abbrechen"
    finally:
        remove_translators(qt_app, installed)
