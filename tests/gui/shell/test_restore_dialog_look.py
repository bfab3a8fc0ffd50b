"""The restore dialog says "nothing" where a backup would lose nothing, and its red for a
loss stays readable under the dark scheme (a fixed dark red was 2.6:1 on the dark table)."""

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
        assert losses == ["1 contact fewer than now", "nothing"]
        losing = next(i for i in items if i is not None and i.text(3) != "nothing")
        red = losing.foreground(3).color().name()
        base = theme.SCHEMES[scheme]["surface"]
        assert theme.contrast_ratio(red, base) >= 4.5
    finally:
        qt_app.setStyleSheet(old_sheet)
        qt_app.setPalette(old_palette)
