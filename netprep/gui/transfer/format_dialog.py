"""The file's format was not recognised: say what netprep reads, and let the user choose.

A LinkedIn or Google export whose columns were renamed, or netprep's own CSV trimmed in a
spreadsheet, is not recognised by its columns but still reads when the user names its
format. The service says what the file is not and which formats can be chosen
(UnknownFormatError); the words about choosing are this dialog's.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from netprep.gui.widgets.wheel_guard import guard_wheel
from netprep.gui.words import said
from netprep.gui.words.labels import label
from netprep.services.transfer import FileFormat, UnknownFormatError


class ImportFormatDialog(QDialog):
    """Accepted: import the file as :meth:`chosen`."""

    def __init__(self, error: UnknownFormatError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importFormat")
        self.setWindowTitle(self.tr("Which kind of file is {name}?").format(name=error.name))
        layout = QVBoxLayout(self)
        self.explanation = QLabel(
            said(error)
            + "\n\n"
            + self.tr(
                "netprep reads LinkedIn connections, Google Contacts and its own contacts "
                "as CSV, vCard files and netprep backups (JSON). If this file is one of "
                "those CSV files with columns renamed or left out, choose which to read it "
                "as. You see what it holds before anything is imported."
            )
        )
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.formats = guard_wheel(QComboBox())  # scrolling the dialog never changes it
        self.formats.setAccessibleName(self.tr("Format"))
        for fmt in error.formats:
            self.formats.addItem(label(fmt), fmt.value)
        layout.addWidget(self.formats)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.read_button = self.buttons.addButton(
            self.tr("Preview the import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def chosen(self) -> FileFormat:
        return FileFormat(self.formats.currentData())
