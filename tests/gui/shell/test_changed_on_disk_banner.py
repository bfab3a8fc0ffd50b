"""A sync tool changed the data under the window: a banner says so and offers Reload; a
save meanwhile is refused with the same explanation, never written over the other side."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.shell.data_care import DISK_CHECK_MS
from netprep.services.errors import UserError
from tests.gui.helpers import DialogAnswers
from tests.gui.shell.test_data_care import make_window


def test_a_banner_offers_reload_when_a_sync_tool_changed_the_data(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    assert app.data_dir is not None
    app.contacts.save(Contact(name="Ada Lovelace"))
    window, care, restarts = make_window(qtbot, app, tmp_path)
    window.show()
    assert care.disk_timer.isActive() and care.disk_timer.interval() == DISK_CHECK_MS
    care.check_disk()
    assert care.changed_banner is None  # the app's own save is no change

    contacts = app.data_dir / "contacts.json"
    landed = contacts.with_name(".contacts.json.sync-tmp")
    landed.write_bytes(contacts.read_bytes().replace(b"Ada Lovelace", b"Ada King"))
    landed.replace(contacts)  # as Dropbox or Syncthing would
    qtbot.waitUntil(lambda: care.changed_banner is not None, timeout=DISK_CHECK_MS * 3)
    assert care.changed_banner is not None and care.changed_banner.isVisibleTo(window)
    label = care.changed_banner.findChild(QLabel)
    assert isinstance(label, QLabel) and "contacts.json" in label.text()
    assert "will not save over it" in label.text()
    window.grab().save(str(tmp_path / "changed-on-disk.png"))
    with pytest.raises(UserError, match="changed on disk by another program"):
        app.contacts.save(Contact(name="Grace Hopper"))
    assert b"Ada King" in contacts.read_bytes() and b"Grace" not in contacts.read_bytes()
    care.reload_button.click()
    assert restarts == [1]
