"""Opening the data folder from the app: a corrupt file is explained and restored on request."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from netprep.composition import open_app
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.gui.shell.application import open_data
from tests.gui.helpers import DialogAnswers


def make_folder_with_backup(folder: Path) -> None:
    """Yesterday's open took a backup holding Ada; today Ada's file is damaged."""
    clock = ManualClock()
    app = open_app(folder, clock)
    app.contacts.save(Contact(name="Ada Lovelace"))
    app.close()
    clock.advance(timedelta(days=1).total_seconds())
    app = open_app(folder, clock)  # the day's first open copies the good files
    app.close()
    (folder / "contacts.json").write_bytes(b"\x00\x01 not json")


def test_corrupt_file_is_named_and_restored_from_backup_when_asked(
    tmp_path: Path, dialogs: DialogAnswers, qapp: object
) -> None:
    folder = tmp_path / "data"
    make_folder_with_backup(folder)
    dialogs.answer = QMessageBox.StandardButton.Yes
    app = open_data(folder, interactive=True)
    assert app is not None
    try:
        assert [c.name for c in app.contacts.all()] == ["Ada Lovelace"]
    finally:
        app.close()
    assert "contacts.json" in dialogs.asked[0] and "backup" in dialogs.asked[0]
    assert "it holds 1 contact, 0 notes, 0 meetings" in dialogs.asked[0]
    set_aside = list(folder.glob("contacts.json.corrupt-*"))
    assert len(set_aside) == 1 and set_aside[0].read_bytes() == b"\x00\x01 not json"


def test_declining_the_restore_changes_nothing(
    tmp_path: Path, dialogs: DialogAnswers, qapp: object
) -> None:
    folder = tmp_path / "data"
    make_folder_with_backup(folder)
    dialogs.answer = QMessageBox.StandardButton.No
    assert open_data(folder, interactive=True) is None
    assert (folder / "contacts.json").read_bytes() == b"\x00\x01 not json"
    assert not list(folder.glob("contacts.json.corrupt-*"))


def test_a_locked_folder_is_explained(tmp_path: Path, dialogs: DialogAnswers, qapp: object) -> None:
    folder = tmp_path / "data"
    first = open_app(folder, ManualClock())
    try:
        assert open_data(folder, interactive=True) is None
        assert "already open" in dialogs.warnings[0]
    finally:
        first.close()
