"""File → Import, dropping a file, the preview, progress on a worker, summary, undo, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThread, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.transfer.preview_dialog import ImportPreviewDialog
from tests.gui.helpers import DialogAnswers, make_window
from tests.gui.theming import in_language

FIXTURES = Path(__file__).parents[2] / "fixtures" / "transfer"


class Answers:
    """The preview dialog and the summary, answered as a user would."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, accept: bool = True) -> None:
        self.previews: list[ImportPreviewDialog] = []
        self.summaries: list[str] = []
        self.accept = accept
        answers = self

        def exec_(dialog: ImportPreviewDialog) -> int:
            answers.previews.append(dialog)
            code = QDialog.DialogCode.Accepted if answers.accept else QDialog.DialogCode.Rejected
            return int(code.value)

        monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
        monkeypatch.setattr(
            QMessageBox, "information", lambda _p, _t, text, *a: self.summaries.append(text)
        )


@pytest.fixture
def window(qtbot: QtBot, app: App, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, app, tmp_path)


def wait_done(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.transfer.job is None, timeout=20_000)


def test_import_shows_the_preview_then_writes_and_summarises(
    qtbot: QtBot, window: MainWindow, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    window.show_section("contacts")
    window.transfer.import_file(FIXTURES / "linkedin_connections.csv")
    qtbot.waitUntil(lambda: bool(answers.summaries), timeout=20_000)
    wait_done(qtbot, window)
    (dialog,) = answers.previews
    assert dialog.new_model.rowCount() == 4 and dialog.skipped_model.rowCount() == 1
    assert "4 new" in dialog.summary.text()
    assert answers.summaries[0].startswith(
        "4 new contacts imported; 0 merged into contacts you had; 1 skipped."
    )
    assert len(app.store.contacts) == 4
    assert window.contacts_page.list.model().rowCount() == 4  # the page shows them
    undo = window.commands["undo_import"]
    assert undo.isEnabled() and "linkedin_connections.csv" in undo.text()
    undo.trigger()
    assert len(app.store.contacts) == 0
    assert window.contacts_page.list.model().rowCount() == 0
    assert not undo.isEnabled()


def test_cancelling_the_preview_writes_nothing(
    qtbot: QtBot, window: MainWindow, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, accept=False)
    window.transfer.import_file(FIXTURES / "google_current.csv")
    qtbot.waitUntil(lambda: bool(answers.previews), timeout=20_000)
    wait_done(qtbot, window)
    assert len(app.store.contacts) == 0 and answers.summaries == []


def test_unticking_a_merge_in_the_preview_leaves_that_row_out(
    qtbot: QtBot, window: MainWindow, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netprep.domain.records import Contact

    ben = app.store.contacts.save(Contact(name="Ben", emails=["ben.oneil@example.com"]))
    answers = Answers(monkeypatch)

    def exec_untick(dialog: ImportPreviewDialog) -> int:
        answers.previews.append(dialog)
        model = dialog.merge_model
        model.setData(model.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        assert dialog.import_button.text() == "Import 3 new"
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_untick)  # the user unticks it
    window.transfer.import_file(FIXTURES / "linkedin_connections.csv")
    qtbot.waitUntil(lambda: bool(answers.summaries), timeout=20_000)
    assert app.store.contacts.get(ben.id).role == ""  # type: ignore[union-attr]
    assert len(app.store.contacts) == 4  # Ben + 3 new


def test_a_bad_file_is_a_clear_message_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, app: App, dialogs: DialogAnswers, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 100)
    window.transfer.import_file(junk)
    qtbot.waitUntil(lambda: bool(dialogs.warnings), timeout=20_000)
    assert "binary data" in dialogs.warnings[0]
    assert len(app.store.contacts) == 0


def test_dropping_a_file_on_the_window_imports_it(
    qtbot: QtBot, window: MainWindow, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "apple_30_grouped.vcf"))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: bool(answers.summaries), timeout=20_000)
    assert [c.name for c in app.store.contacts.all()] == ["Ana María Ruiz"]


def test_a_large_file_is_read_on_a_worker_while_the_window_keeps_painting(
    qtbot: QtBot, window: MainWindow, app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "Connections.csv"
    rows = [
        f"P{i},Q{i},https://www.linkedin.com/in/p{i},,Co {i % 50},Role,12 Mar 2024"
        for i in range(6000)
    ]
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + "\n".join(rows)
        + "\n"
    )
    answers = Answers(monkeypatch)
    threads: list[bool] = []  # per call: did it run off the GUI thread?
    gui_thread = QThread.currentThread()
    for name in ("preview", "apply"):
        real = getattr(app.transfer, name)

        def off_gui_thread(*args, _real=real, **kwargs):
            threads.append(QThread.currentThread() is not gui_thread)
            return _real(*args, **kwargs)

        monkeypatch.setattr(app.transfer, name, off_gui_thread)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1) if window.transfer.job is not None else None)
    timer.start()
    window.transfer.import_file(path)
    assert window.transfer.job is not None and window.transfer.job.isRunning()
    qtbot.waitUntil(lambda: bool(answers.summaries), timeout=30_000)
    timer.stop()
    assert threads == [True, True]  # reading and writing both ran on the worker
    assert len(ticks) >= 3  # the event loop ran while the worker read and wrote
    assert len(app.store.contacts) == 6000


def test_export_writes_the_chosen_format(
    qtbot: QtBot, window: MainWindow, app: App, tmp_path: Path
) -> None:
    from netprep.domain.records import Contact

    app.store.contacts.save(Contact(name="=Ana", emails=["ana@example.org"]))
    window.transfer.export_to(tmp_path / "people", "csv")
    text = (tmp_path / "people.csv").read_text(encoding="utf-8-sig")
    assert "'=Ana" in text
    window.transfer.export_to(tmp_path / "all.json", "json")
    assert b"netprep-backup" in (tmp_path / "all.json").read_bytes()


def test_read_only_disables_import_and_merge(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    from netprep.composition import open_app

    folder = app.data_dir
    assert folder is not None
    ro = open_app(folder, app.clock, read_only=True)
    try:
        window = make_window(qtbot, ro, tmp_path)
        assert not window.commands["import_contacts"].isEnabled()
        assert not window.commands["merge_contacts"].isEnabled()
        assert window.commands["export_data"].isEnabled()
    finally:
        ro.close()


def test_the_file_menu_commands_import_and_export(
    qtbot: QtBot, window: MainWindow, app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answers = Answers(monkeypatch)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    assert "&Import contacts…" in texts and "E&xport data…" in texts
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *a, **k: (str(FIXTURES / "google_legacy.csv"), ""),
    )
    window.commands["import_contacts"].trigger()
    qtbot.waitUntil(lambda: bool(answers.summaries), timeout=20_000)
    assert len(app.store.contacts) == 2
    out = tmp_path / "people"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(out), "Contacts as vCard (*.vcf)"),
    )
    window.commands["export_data"].trigger()
    assert (tmp_path / "people.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 2


def test_an_export_that_cannot_be_written_is_a_clear_message(
    qtbot: QtBot, window: MainWindow, dialogs: DialogAnswers, tmp_path: Path
) -> None:
    window.transfer.export_to(tmp_path / "no" / "such" / "folder" / "out.json", "json")
    assert dialogs.warnings and dialogs.warnings[0].startswith("Cannot export: Cannot write")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en_GB",
            "1 new contact imported; 2 merged into contacts you had; 0 skipped; "
            "1 other record restored.",
        ),
        (
            "de_DE",
            "1 neuer Kontakt importiert; 2 mit vorhandenen Kontakten zusammengeführt; "
            "0 übersprungen; 1 weiterer Eintrag wiederhergestellt.",
        ),
    ],
)
def test_what_an_import_did_is_counted_in_the_user_s_language(
    window: MainWindow, language: str, expected: str
) -> None:
    from netprep.services.transfer import ImportResult

    with in_language(language):
        done = ImportResult(added=1, merged=2, skipped=0, restored=1)
        assert window.transfer.result_words(done) == expected
