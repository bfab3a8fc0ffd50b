"""The shipped German catalog: it loads, the pages speak it, and it is complete.

A string wrapped in the code without a German entry fails
``test_every_wrapped_string_has_a_german_entry``: run ``tools/update_translations.py``,
translate what it lists as unfinished in resources/i18n/netprep_de.ts, and run it again.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.referrals import ReferralStatus
from netprep.gui.contacts.notes_panel import NotesPanel
from netprep.gui.meeting_window.window import MeetingWindow
from netprep.gui.meetings.agenda_editor import AgendaEditorDialog
from netprep.gui.referrals.page import ReferralsPage
from netprep.gui.shell.translation import catalog_folder, install_translators, remove_translators
from netprep.gui.words.labels import label

ROOT = Path(__file__).resolve().parents[3]
GUI = ROOT / "netprep" / "gui"
SHIPPED = catalog_folder() / "netprep_de.ts"
ENGLISH = catalog_folder() / "netprep_en.ts"  # the plurals only
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n")
HOW = "run tools/update_translations.py, translate the unfinished entries in netprep_de.ts"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path) -> Iterator[tuple[str, ElementTree.Element]]:
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name", ""), message


def forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[None]:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    installed = install_translators(qt_app, QLocale("de_DE"))  # the shipped catalog
    assert installed, "resources/i18n/netprep_de.qm did not load"
    yield
    remove_translators(qt_app, installed)


def test_the_pages_speak_german(qtbot: QtBot, demo_app: App, german: None) -> None:
    app = demo_app
    notes, referrals = NotesPanel(app), ReferralsPage(app)
    person = app.contacts.find("Tomasz Kowalski")
    assert person is not None
    meeting = app.meetings.meet_now(person.id)
    window = MeetingWindow(app, app.meetings.open_session(meeting.id))
    for widget in (notes, referrals, window):
        qtbot.addWidget(widget)
    assert notes.new_button.text() == "Neue Notiz"
    assert referrals.open_button.text() == "Kontakt öffnen"
    assert window.mini_button.text() == "Mini-Ansicht"
    assert window.pause_button.text() == "Starten (Leertaste)"
    assert window.band.phase_name.text() == "Guter Anfang"  # the default agenda, as shown
    assert window.prompts.lines[0].text().startswith("Bedanken Sie sich für die Zeit")
    window.toggle_pause()
    assert window.cue_banner.text() == "Jetzt: Guter Anfang."
    assert label(ReferralStatus.MET) == "Getroffen"
    window.close()


def test_plurals_follow_german_rules(qtbot: QtBot, app: App, german: None) -> None:
    agenda = app.briefs.default_agenda()
    editor = AgendaEditorDialog(agenda, lambda _agenda: None)
    qtbot.addWidget(editor)
    assert editor.total_label.text() == "5 Phasen, insgesamt 20 Minuten"
    one = AgendaEditorDialog(agenda[:1], lambda _agenda: None)
    qtbot.addWidget(one)
    assert one.total_label.text() == "1 Phase, insgesamt 2 Minuten"
    assert one.rows[0].name == "Guter Anfang"  # the default's words, as the editor shows them


@pytest.mark.parametrize("language", ["en_US", "fi_FI"])  # fi: no catalog, English words
def test_english_counts_in_words(qtbot: QtBot, app: App, language: str) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    installed = install_translators(qt_app, QLocale(language))
    try:
        assert [t.language() for t in installed][:1] == ["en"]  # netprep_en: the plurals
        agenda = app.briefs.default_agenda()
        for phases, text in ((agenda, "5 phases, 20 minutes in all"), (agenda[:1], "1 phase")):
            editor = AgendaEditorDialog(phases, lambda _agenda: None)
            qtbot.addWidget(editor)
            assert editor.total_label.text().startswith(text)
    finally:
        remove_translators(qt_app, installed)


@pytest.mark.parametrize(
    "environment",
    [{"NETPREP_LANGUAGE": "de", "LANG": "en_GB.UTF-8"}, {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}],
)
def test_the_language_comes_from_the_environment(environment: dict[str, str]) -> None:
    """As the app starts: NETPREP_LANGUAGE, else the system's (LANGUAGE, LANG…)."""
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QCoreApplication, QLocale\n"
        "from netprep.gui.shell.translation import use_system_language\n"
        "qt = QApplication([])\n"
        "use_system_language(qt)\n"
        "print(QCoreApplication.translate('MeetingWindow', 'Mini view'), QLocale().name())\n"
    )
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "NETPREP_"))}
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**keep, "QT_QPA_PLATFORM": "offscreen", **environment},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["Mini-Ansicht", "de_DE"]


@pytest.mark.parametrize("catalog", [SHIPPED, ENGLISH])
def test_every_wrapped_string_has_a_german_entry(tmp_path: Path, catalog: Path) -> None:
    """…and every plural an English one ("%n phase(s)": "1 phase", "2 phases")."""
    ts = tmp_path / catalog.name
    shutil.copy(catalog, ts)
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    only = ["-pluralonly"] if catalog is ENGLISH else []
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, *only, "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    unfinished = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in messages(ts)
        if (t := message.find("translation")) is None or t.get("type") == "unfinished"
    ]
    assert unfinished == [], f"not translated ({HOW}):\n" + "\n".join(unfinished)


@pytest.mark.parametrize("catalog", [SHIPPED, ENGLISH])
def test_translations_keep_placeholders_shortcuts_and_plural_forms(catalog: Path) -> None:
    wrong = []
    for context, message in messages(catalog):
        source = message.findtext("source", "")
        numerus = message.get("numerus") == "yes"
        for text in forms(message):
            same = sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source))
            if not same:
                wrong.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if "&" in source.replace("&&", "") and "&" not in text.replace("&&", ""):
                wrong.append(f"{context}: {source!r} -> {text!r}: the shortcut & is lost")
            if not text.strip():
                wrong.append(f"{context}: {source!r}: empty")
        if numerus and len(forms(message)) != 2:
            wrong.append(f"{context}: {source!r}: German and English have two plural forms")
    assert wrong == []


@pytest.mark.parametrize("catalog", [SHIPPED, ENGLISH])
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path, catalog: Path) -> None:
    qm = tmp_path / catalog.with_suffix(".qm").name
    subprocess.run(
        [tool("pyside6-lrelease"), str(catalog), "-qm", str(qm)], check=True, capture_output=True
    )
    shipped = catalog.with_suffix(".qm")
    assert qm.read_bytes() == shipped.read_bytes(), f"{shipped.name} is stale: {HOW}"
