"""The import preview's columns are as wide as their text (up to a limit), so a role is not
cut to "Chercheuse, …" while the last column sits half empty; headers line up with cells."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.transfer.preview_dialog import WIDEST_COLUMN, ImportPreviewDialog

SAMPLE = Path(__file__).parents[2] / "fixtures" / "transfer" / "linkedin_connections.csv"
CELL_PADDING = 6  # a cell's text margins, both sides


def test_each_column_shows_its_text_whole_up_to_a_limit(qtbot: QtBot, app: App) -> None:
    dialog = ImportPreviewDialog(app.transfer.preview(SAMPLE))
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    dialog.show()
    view = dialog.tabs.widget(0)
    assert isinstance(view, QTableView)
    model = view.model()
    metrics = view.fontMetrics()
    for column in range(model.columnCount() - 1):
        texts = [str(model.index(r, column).data() or "") for r in range(model.rowCount())]
        widest = max(metrics.horizontalAdvance(t) for t in texts) + CELL_PADDING
        assert view.columnWidth(column) >= min(widest, WIDEST_COLUMN), model.headerData(
            column, Qt.Orientation.Horizontal
        )
    alignment = view.horizontalHeader().defaultAlignment()
    assert alignment & Qt.AlignmentFlag.AlignLeft
    last = model.columnCount() - 1
    assert sum(view.columnWidth(c) for c in range(last + 1)) >= view.viewport().width() - 1
