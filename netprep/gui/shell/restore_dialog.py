"""File → Restore from backup…: every backup, what it holds, what restoring it would lose.

Nothing is preselected; a backup that holds less than the data now is marked ("2 notes
fewer than now"), and restoring it asks again, naming what would be lost ("would lose 2
notes"). The data it replaces is backed up first (the service says where). The caller
restarts the window on the restored data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.gui.widgets.dates import format_datetime
from netprep.gui.widgets.theme import SCHEMES, current_scheme
from netprep.gui.widgets.two_line_delegate import pad_rows
from netprep.gui.words.backup_words import BackupWords
from netprep.gui.words.user_errors import said
from netprep.services.backups import BackupChoice
from netprep.services.errors import UserError

_NAME = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(760, 380)
        self._app = app
        self.restored_from = ""
        self.replaced_kept_in = ""
        self._choices = {c.name: c for c in app.backups.choices()}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a backup to put in place of your data. Your data as it is now is backed "
                "up first, so a restore can itself be undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("Holds"), self.tr("Compared with now")]
        )
        self.table.setRootIsDecorated(False)
        pad_rows(self.table)  # the rows every other list has, not 2 px apart
        for choice in self._choices.values():
            words = BackupWords()
            # "1 contact fewer than now": under a column that does not say "would lose"
            # itself, so that the sentence does not compare twice
            loss = words.loss(choice) or self.tr("nothing missing")
            item = QTreeWidgetItem([_when(choice), words.why(choice), words.holds(choice), loss])
            item.setData(0, _NAME, choice.name)
            if choice.would_lose:  # the theme's error red: readable in light and dark
                item.setForeground(3, QBrush(QColor(SCHEMES[current_scheme()]["error"])))
            self.table.addTopLevelItem(item)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        layout.addWidget(self.table)
        if not self._choices:
            layout.addWidget(
                QLabel(self.tr("There are no backups yet: File → Back up now makes one."))
            )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.selected() is not None)
        )
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def selected(self) -> BackupChoice | None:
        items = self.table.selectedItems()
        return self._choices.get(items[0].data(0, _NAME)) if items else None

    def _restore(self) -> None:
        choice = self.selected()
        if choice is None:
            return
        accept_loss = False
        if choice.would_lose:
            answer = QMessageBox.warning(
                self,
                self.tr("This backup holds less than your data"),
                self.tr(
                    "The backup of {when} holds {holds}.\n\nRestoring it would lose {loss}. "
                    "Your data as it is now is backed up first.\n\nRestore it anyway?"
                ).format(
                    when=_when(choice),
                    holds=BackupWords().holds(choice),
                    loss=BackupWords().counts(choice.would_lose),  # "would lose 2 notes"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            accept_loss = True
        try:
            replaced = self._app.backups.restore(choice.name, accept_loss=accept_loss)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Not restored"), said(error))
            return
        self.restored_from = choice.name
        self.replaced_kept_in = replaced.name
        self.accept()


def _when(choice: BackupChoice) -> str:
    """When the backup was taken, as the user's locale writes it."""
    return format_datetime(choice.taken, weekday=False, empty=choice.when())
