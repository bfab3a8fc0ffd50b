"""The import preview: what would be added, merged and skipped, before anything is written."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netprep.gui.transfer.rows_model import RowsModel
from netprep.gui.words import said
from netprep.gui.words.labels import label
from netprep.services.transfer import ImportPreview


def _row_label(row: int) -> str:
    return str(row) if row else ""


class ImportPreviewDialog(QDialog):
    """Shows an ImportPreview; unticking a merge leaves that row out. Accept = import."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self._sized = False
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import {source}").format(source=preview.source))
        self.resize(900, 560)

        self.summary = QLabel(self._summary_text())
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("importTabs")
        new_rows = [
            (
                _row_label(n.row),
                n.contact.name,
                n.contact.company,
                n.contact.role,
                ", ".join(n.contact.emails),
            )
            for n in preview.new
        ]
        self.new_model = RowsModel(
            [
                self.tr("Row"),
                self.tr("Name"),
                self.tr("Company"),
                self.tr("Role"),
                self.tr("Email"),
            ],
            new_rows,
        )
        merge_rows = [
            (
                m.merged.name,
                _row_label(m.row),
                m.existing.name,
                self.tr("same {field}").format(field=said(m.matched_on)),
                "; ".join(m.changes),
            )
            for m in preview.merges
        ]
        self.merge_model = RowsModel(
            [
                self.tr("Merge"),
                self.tr("Row"),
                self.tr("Into"),
                self.tr("Because"),
                self.tr("What changes"),
            ],
            merge_rows,
            checks=[m.accepted for m in preview.merges],
        )
        self.merge_model.dataChanged.connect(self._merges_ticked)
        skipped_rows = [(_row_label(s.row), said(s.reason)) for s in preview.skipped]
        self.skipped_model = RowsModel(
            [self.tr("Row"), self.tr("Why it was skipped")], skipped_rows
        )
        problem_rows = [(_row_label(row), said(p)) for row, p in preview.row_problems]
        self.problem_model = RowsModel(
            [self.tr("Row"), self.tr("Left out (the rest of the row goes in)")], problem_rows
        )
        for title, model in (
            (self.tr("New"), self.new_model),
            (self.tr("Merge with existing"), self.merge_model),
            (self.tr("Skipped"), self.skipped_model),
            (self.tr("Problems"), self.problem_model),
        ):
            self.tabs.addTab(_table(model, title), f"{title} ({model.rowCount()})")
        restored = sum(len(r) for r in preview.records.values())
        if restored:
            rows = [(kind, str(len(records))) for kind, records in sorted(preview.records.items())]
            self._other_model = RowsModel([self.tr("Records"), self.tr("Count")], rows)
            other = self.tr("Other ({count})").format(count=restored)
            self.tabs.addTab(_table(self._other_model, self.tr("Other records")), other)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setObjectName("confirmImport")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._merges_ticked()

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        note = QLabel(
            self.tr("Nothing is written until you import; Edit → Undo import takes it back.")
        )
        note.setObjectName("importNote")
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # once styled, so measured in the font shown
            self._sized = True
            for index in range(self.tabs.count()):
                view = self.tabs.widget(index)
                if isinstance(view, QTableView):
                    _size_columns(view)

    def _summary_text(self) -> str:
        p = self.preview
        text = self.tr(
            "<b>{format}</b> — {new} new, {merged} merged into contacts you have, "
            "{skipped} skipped, %n value(s) left out.",
            "",
            len(p.problems),
        )
        return text.format(
            format=html.escape(label(p.format)),
            new=len(p.new),
            merged=len(p.accepted_merges),
            skipped=len(p.skipped),
        )

    def _merges_ticked(self, *_: object) -> None:
        checks = self.merge_model.checks or []
        for merge, checked in zip(self.preview.merges, checks, strict=True):
            merge.accepted = checked
        self.summary.setText(self._summary_text())
        new, merges = len(self.preview.new), len(self.preview.accepted_merges)
        others = sum(len(r) for r in self.preview.records.values())
        text = self.tr("Import {new} new").format(new=new)
        if merges:
            text = self.tr("Import {new} new, merge {merges}").format(new=new, merges=merges)
        if others and not new:
            text = self.tr("Restore %n record(s)", "", others)
        self.import_button.setText(text)
        self.import_button.setEnabled(not self.preview.is_empty)


SIZED_FROM_ROWS = 200
WIDEST_COLUMN = 320  # px: a long role or note is elided, the columns after it stay in view


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setWordWrap(False)
    header.setResizeContentsPrecision(SIZED_FROM_ROWS)
    return view


def _size_columns(view: QTableView) -> None:
    """Each column as wide as its text (up to a limit), read from the first rows only: a
    30,000-row import is not measured row by row; the last column takes what is left."""
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)
        view.setColumnWidth(column, min(view.columnWidth(column), WIDEST_COLUMN))
