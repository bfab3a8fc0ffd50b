"""A file netprep does not recognise: the GUI says which formats it reads and lets the user
choose one (no command-line option in sight); its own CSV is recognised outright."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Circle, Contact
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.transfer.format_dialog import ImportFormatDialog
from netprep.services.transfer import FileFormat
from tests.gui.helpers import DialogAnswers, make_window
from tests.gui.transfer.test_import_window import Answers, wait_done


@pytest.fixture
def window(qtbot: QtBot, app: App, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, app, tmp_path)


class FormatAnswers:
    """The format dialog, answered: choose ``pick`` (None: cancel)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, pick: FileFormat | None) -> None:
        self.shown: list[ImportFormatDialog] = []
        answers = self

        def exec_(dialog: ImportFormatDialog) -> int:
            answers.shown.append(dialog)
            if pick is None:
                return int(QDialog.DialogCode.Rejected.value)
            dialog.formats.setCurrentIndex(dialog.formats.findData(pick.value))
            return int(QDialog.DialogCode.Accepted.value)

        monkeypatch.setattr(ImportFormatDialog, "exec", exec_)


def trimmed_csv(tmp_path: Path) -> Path:
    path = tmp_path / "trimmed.csv"
    path.write_text("Name,Email\nAna Ruiz,ana@example.org\n", encoding="utf-8")
    return path


def test_an_unrecognised_file_asks_which_format_it_is_and_reads_it_so(
    qtbot: QtBot,
    window: MainWindow,
    app: App,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dialogs: DialogAnswers,
) -> None:
    chosen = FormatAnswers(monkeypatch, FileFormat.CSV)
    answers = Answers(monkeypatch)
    window.transfer.import_file(trimmed_csv(tmp_path))
    qtbot.waitUntil(lambda: bool(answers.summaries or dialogs.warnings), timeout=20_000)
    wait_done(qtbot, window)
    assert dialogs.warnings == []
    (dialog,) = chosen.shown
    text = dialog.explanation.text()
    assert text.startswith("trimmed.csv is not a LinkedIn or Google Contacts CSV, a netprep CSV")
    assert "--format" not in text  # the GUI has no command line
    assert "vCard files and netprep backups (JSON)" in text
    items = [dialog.formats.itemText(i) for i in range(dialog.formats.count())]
    assert items == [
        "LinkedIn connections (CSV)",
        "Google Contacts (CSV)",
        "netprep contacts (CSV)",
    ]
    (preview,) = answers.previews
    assert preview.preview.format is FileFormat.CSV
    assert [c.name for c in app.store.contacts.all()] == ["Ana Ruiz"]


def test_cancelling_the_format_choice_imports_nothing(
    qtbot: QtBot,
    window: MainWindow,
    app: App,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dialogs: DialogAnswers,
) -> None:
    chosen = FormatAnswers(monkeypatch, None)
    answers = Answers(monkeypatch)
    window.transfer.import_file(trimmed_csv(tmp_path))
    qtbot.waitUntil(lambda: bool(chosen.shown or dialogs.warnings), timeout=20_000)
    wait_done(qtbot, window)
    assert answers.previews == [] and dialogs.warnings == []
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was written."
    assert len(app.store.contacts) == 0


def test_a_file_that_is_not_valid_json_is_a_clear_message(
    qtbot: QtBot, window: MainWindow, dialogs: DialogAnswers, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("[1,2,3", encoding="utf-8")
    window.transfer.import_file(broken)
    qtbot.waitUntil(lambda: bool(dialogs.warnings), timeout=20_000)
    assert dialogs.warnings == [
        "Cannot import: broken.json is not valid JSON (line 1, column 7); it may be cut off "
        "or damaged."
    ]


def test_netprep_s_own_csv_export_imports_back_with_every_field(
    qtbot: QtBot,
    window: MainWindow,
    app: App,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dialogs: DialogAnswers,
) -> None:
    grace = app.store.contacts.save(Contact(name="Grace Adeyemi", circle=Circle.STAY_IN_TOUCH))
    app.store.contacts.save(
        Contact(name="Nadia Rahman", interests=["jazz"], achievements="=1", referred_by=grace.id)
    )
    window.transfer.export_to(tmp_path / "people.csv", "csv")
    for contact in app.store.contacts.all():
        app.store.contacts.delete(contact.id)
    answers = Answers(monkeypatch)
    asked = FormatAnswers(monkeypatch, None)
    window.transfer.import_file(tmp_path / "people.csv")
    qtbot.waitUntil(
        lambda: bool(answers.summaries or dialogs.warnings or asked.shown), timeout=20_000
    )
    wait_done(qtbot, window)
    assert dialogs.warnings == [] and asked.shown == []  # recognised: nothing to ask
    assert "netprep contacts (CSV)" in answers.previews[0].summary.text()
    by_name = {c.name: c for c in app.store.contacts.all()}
    nadia, grace_again = by_name["Nadia Rahman"], by_name["Grace Adeyemi"]
    assert grace_again.circle is Circle.STAY_IN_TOUCH
    assert (nadia.interests, nadia.achievements) == (["jazz"], "=1")
    assert nadia.referred_by == grace_again.id
