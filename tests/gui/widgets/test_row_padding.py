"""Rows in Follow-ups, Referrals and Review have a few px of vertical padding (shared delegate)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QTreeWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.gui.followups.page import FollowUpsPage
from netprep.gui.referrals.page import ReferralsPage
from netprep.gui.review.page import ReviewPage
from netprep.gui.shell.diagnostics import ShortcutsWindow
from netprep.gui.shell.restore_dialog import RestoreDialog
from netprep.gui.widgets.two_line_delegate import ROW_PAD_Y, PaddedRowDelegate
from tests.gui.helpers import make_window


def test_the_lists_of_followups_referrals_and_review_pad_their_rows(qtbot: QtBot, app: App) -> None:
    seed_demo(app)
    referrals, followups, review = ReferralsPage(app), FollowUpsPage(app), ReviewPage(app)
    for page in (referrals, followups, review):
        qtbot.addWidget(page)
        page.resize(1024, 700)
        page.show()
    QApplication.processEvents()
    trees = [t for page in (referrals, followups, review) for t in page.findChildren(QTreeWidget)]
    assert len(trees) >= 5
    for tree in trees:
        assert isinstance(tree.itemDelegate(), PaddedRowDelegate), tree.objectName()
    tree = referrals.pending
    first = tree.topLevelItem(0)
    assert first is not None
    text = tree.fontMetrics().height()
    assert tree.visualItemRect(first).height() >= text + 2 * ROW_PAD_Y


def test_the_restore_dialog_pads_its_rows(qtbot: QtBot, app: App) -> None:
    seed_demo(app)
    app.backups.back_up_now()
    dialog = RestoreDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.table.topLevelItem(0)
    assert first is not None and isinstance(dialog.table.itemDelegate(), PaddedRowDelegate)
    text = dialog.table.fontMetrics().height()
    assert dialog.table.visualItemRect(first).height() >= text + 2 * ROW_PAD_Y


def test_the_shortcuts_window_pads_its_rows_and_shows_them_all(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    window = make_window(qtbot, app, tmp_path)
    shortcuts = ShortcutsWindow(window)
    qtbot.addWidget(shortcuts)
    shortcuts.show()
    QApplication.processEvents()
    table = shortcuts.table
    assert isinstance(table.itemDelegate(), PaddedRowDelegate)
    last = table.topLevelItem(table.topLevelItemCount() - 1)
    assert last is not None
    assert table.visualItemRect(last).bottom() <= table.viewport().height()  # no scrolling
