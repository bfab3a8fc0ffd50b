"""At start the window names sync-tool conflict copies and offers to merge one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.store.file_format import encode_table
from netprep.store.mapping import to_document
from tests.gui.helpers import DialogAnswers, make_window
from tests.gui.transfer.test_import_window import Answers


def test_a_conflict_copy_is_offered_and_merged(
    qtbot: QtBot,
    app: App,
    tmp_path: Path,
    dialogs: DialogAnswers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = app.data_dir
    assert folder is not None
    app.store.contacts.save(Contact(name="Ana"))
    laptop = Contact(name="Bo from the laptop", created_at=app.clock.now())
    copy = folder / "contacts.sync-conflict-20261125-101010-LAPTOP.json"
    copy.write_bytes(encode_table("contacts", {"1": to_document(laptop)}, 1))
    answers = Answers(monkeypatch)
    window = make_window(qtbot, app, tmp_path)
    qtbot.waitUntil(lambda: bool(answers.summaries), timeout=20_000)
    assert copy.name in dialogs.asked[0]
    assert sorted(c.name for c in app.store.contacts.all()) == ["Ana", "Bo from the laptop"]
    assert window.contacts_page.list.model().rowCount() == 2


def test_no_copies_no_question(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    make_window(qtbot, app, tmp_path)
    QApplication.processEvents()  # the offer is queued for the first turn of the loop
    assert dialogs.asked == []
