"""The restore dialog says "nothing missing" where a backup would lose nothing, says a loss
once ("1 contact fewer than now" under "Compared with now"; "would lose 1 contact" when it
asks), and its red for a loss stays readable under the dark scheme (a fixed dark red was
2.6:1 on the dark table)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.gui.shell.restore_dialog import RestoreDialog
from netprep.gui.widgets import theme


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_what_a_restore_would_lose_is_said_and_readable(
    qtbot: QtBot,
    app: App,
    clock: ManualClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    scheme: str,
) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    old_sheet, old_palette = qt_app.styleSheet(), qt_app.palette()
    app.contacts.save(Contact(name="Ada Lovelace"))
    app.backups.back_up_now()
    clock.advance(60)
    app.contacts.save(Contact(name="Grace Hopper"))
    clock.advance(60)
    app.backups.back_up_now()
    try:
        monkeypatch.setenv(theme.THEME_ENV, scheme)
        theme.apply_theme(qt_app)
        dialog = RestoreDialog(app)
        qtbot.addWidget(dialog)
        items = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
        losses = sorted(item.text(3) for item in items if item is not None)
        assert losses == ["1 contact fewer than now", "nothing missing"]
        losing = next(i for i in items if i is not None and i.text(3) != "nothing missing")
        red = losing.foreground(3).color().name()
        base = theme.SCHEMES[scheme]["surface"]
        assert theme.contrast_ratio(red, base) >= 4.5
    finally:
        qt_app.setStyleSheet(old_sheet)
        qt_app.setPalette(old_palette)


@pytest.mark.parametrize(("interactions", "notes"), [(1, 0), (2, 3)])
def test_a_loss_is_compared_once_in_the_list_and_when_asked(
    qtbot: QtBot,
    app: App,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    interactions: int,
    notes: int,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from netprep.domain.records import Interaction, Note

    ada = app.contacts.save(Contact(name="Ada Lovelace"))
    app.backups.back_up_now()
    clock.advance(60)
    for _ in range(interactions):
        app.store.interactions.save(Interaction(contact_id=ada.id))
    for _ in range(notes):
        app.store.notes.save(Note(contact_id=ada.id, body="x"))
    dialog = RestoreDialog(app)
    qtbot.addWidget(dialog)
    header = dialog.table.headerItem()
    assert header is not None and header.text(3) == "Compared with now"
    row = dialog.table.topLevelItem(0)
    assert row is not None
    counted = f"{interactions} interaction" + ("s" if interactions > 1 else "")
    if notes:
        counted = f"{notes} notes, {counted}"
    assert row.text(3) == f"{counted} fewer than now"
    asked: list[str] = []

    def answer_no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", answer_no)
    dialog.table.setCurrentItem(row)
    dialog.restore_button.click()
    assert f"Restoring it would lose {counted}. Your data" in asked[0]
    assert "fewer than now" not in asked[0]
