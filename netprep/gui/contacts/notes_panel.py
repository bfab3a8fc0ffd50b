"""A contact's notes: a list, a Markdown editor and its rendered (sanitised) preview.

Notes save themselves shortly after typing stops, and at once when the user
switches note or contact, so there is no save button to forget.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.records import Note, NoteKind
from netprep.gui.widgets.item_roles import ID_ROLE
from netprep.gui.widgets.safe_browser import SafeBrowser
from netprep.services.errors import UserError, ValidationError

AUTOSAVE_DELAY_MS = 800
PREVIEW_DELAY_MS = 250  # the preview follows typing once it pauses, not every keystroke
PREVIEW_MAX_CHARS = 20_000  # a long note's preview shows its start (the editor has it all)


def note_title(note: Note) -> str:
    first = next((line.strip("#*- >\t") for line in note.body.splitlines() if line.strip()), "")
    when = note.date.strftime("%d %b %Y") if note.date else "undated"
    return f"{when} · {note.kind.label}\n{first[:70] or '(empty note)'}"


SIDE_BY_SIDE_MIN_WIDTH = 620  # below this, the preview goes under the editor


class NotesPanel(QWidget):
    saved = Signal(str)  # a status message

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._contact_id: str | None = None
        self._note: Note | None = None
        self._dirty = False
        self._loading = False

        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setAccessibleName("Notes")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.new_button = QPushButton("New note")
        self.new_button.clicked.connect(self.new_note)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete_note)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName("Note date")
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.dateChanged.connect(self._on_edited)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Kind of note")
        for kind in NoteKind:
            self.kind_combo.addItem(kind.label, kind)
        self.kind_combo.currentIndexChanged.connect(self._on_edited)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName("Note text")
        self.editor.setPlaceholderText(
            "Write in Markdown: - bullet points, **bold**, [links](https://…)"
        )
        self.editor.textChanged.connect(self._on_edited)
        self.preview = SafeBrowser()
        self.preview.setObjectName("notePreview")
        self.preview.setAccessibleName("Note preview")

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.flush)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(lambda: self._preview(self.editor.toPlainText()))

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        left_widget = QWidget()
        left_widget.setLayout(left)

        header = QHBoxLayout()
        header.addWidget(QLabel("Date"))
        header.addWidget(self.date_edit)
        header.addWidget(QLabel("Kind"))
        header.addWidget(self.kind_combo)
        header.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("mutedLabel")
        header.addWidget(self.status)
        self.text_split = QSplitter(Qt.Orientation.Horizontal)
        self.text_split.addWidget(self.editor)
        self.text_split.addWidget(self.preview)
        right = QVBoxLayout()
        right.addLayout(header)
        right.addWidget(self.text_split, 1)
        self.editor_area = QWidget()
        self.editor_area.setLayout(right)

        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(left_widget)
        outer.addWidget(self.editor_area)
        outer.setStretchFactor(1, 3)
        outer.setSizes([220, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)
        self._update_enabled()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Editor beside its preview when there is room, above it when narrow (1024 px)."""
        super().resizeEvent(event)
        narrow = self.editor_area.width() < SIDE_BY_SIDE_MIN_WIDTH
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.text_split.orientation() != wanted:
            self.text_split.setOrientation(wanted)

    # -- public ----------------------------------------------------------------------------

    def set_contact(self, contact_id: str | None) -> None:
        self.flush()
        self._contact_id = contact_id
        self._reload(select=None)

    def new_note(self) -> None:
        if not self._contact_id:
            return
        self.flush()
        note = Note(contact_id=self._contact_id, date=self._app.clock.now().date())
        try:
            note = self._app.contacts.save_note(note)
        except UserError as exc:
            QMessageBox.warning(self, "Note not created", str(exc))
            return
        self._reload(select=note.id)
        self.editor.setFocus()

    def delete_note(self) -> None:
        if self._note is None:
            return
        answer = QMessageBox.question(
            self, "Delete note", "Delete this note? This cannot be undone."
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._autosave.stop()
        try:
            self._app.contacts.delete_note(self._note.id)
        except UserError as exc:
            QMessageBox.warning(self, "Note not deleted", str(exc))
            return
        self._dirty = False
        self._note = None
        self._reload(select=None)

    def flush(self) -> bool:
        """Save the note being edited, if it changed. False if the save failed."""
        self._autosave.stop()
        if not self._dirty or self._note is None:
            return True
        self._note.body = self.editor.toPlainText()
        self._note.kind = NoteKind(self.kind_combo.currentData())
        self._note.date = _to_date(self.date_edit.date())
        try:
            saved = self._app.contacts.save_note(self._note)
        except ValidationError as exc:  # too long: said beside the editor, while typing
            self.status.setText(f"Not saved: {next(iter(exc.errors.values()))}")
            return False
        except UserError as exc:
            self.status.setText("Not saved")
            QMessageBox.warning(self, "Note not saved", str(exc))
            return False
        self._note = saved
        self._dirty = False
        self.status.setText("Saved")
        item = self.list.currentItem()
        if item is not None:
            item.setText(note_title(saved))
        self.saved.emit("Note saved")
        return True

    # -- internals -------------------------------------------------------------------------

    def _reload(self, select: str | None) -> None:
        self._loading = True
        self.list.clear()
        notes = self._app.contacts.notes_for(self._contact_id) if self._contact_id else []
        for note in notes:
            item = QListWidgetItem(note_title(note))
            item.setData(ID_ROLE, note.id)
            self.list.addItem(item)
        self._loading = False
        target = 0
        if select:
            target = next(
                (i for i in range(self.list.count()) if self.list.item(i).data(ID_ROLE) == select),
                0,
            )
        if self.list.count():
            self.list.setCurrentRow(target)
        else:
            self._show_note(None)
        self._update_enabled()

    def _on_current_changed(self, current: QListWidgetItem | None, _: object) -> None:
        if self._loading:
            return
        self.flush()
        note_id = current.data(ID_ROLE) if current else None
        self._show_note(self._app.contacts.get_note(note_id) if note_id else None)

    def _show_note(self, note: Note | None) -> None:
        self._note = note
        self._loading = True
        self.editor.setPlainText(note.body if note else "")
        self.kind_combo.setCurrentIndex(
            max(self.kind_combo.findData(note.kind if note else None), 0)
        )
        when = note.date if note and note.date else self._app.clock.now().date()
        self.date_edit.setDate(QDate(when.year, when.month, when.day))
        self._preview_timer.stop()
        self._preview(note.body if note else "")
        self.status.setText("")
        self._loading = False
        self._dirty = False
        self._update_enabled()

    def _on_edited(self, *_: object) -> None:
        if self._loading or self._note is None:
            return
        self._dirty = True
        self.status.setText("Editing…")
        self._preview_timer.start()
        self._autosave.start()

    def _preview(self, text: str) -> None:
        if len(text) > PREVIEW_MAX_CHARS:
            cut = text[:PREVIEW_MAX_CHARS]
            text = f"{cut}\n\n*(The preview shows the first {PREVIEW_MAX_CHARS:,} characters.)*"
        self.preview.set_markdown(text)

    def _update_enabled(self) -> None:
        has_contact = self._contact_id is not None
        has_note = self._note is not None
        self.new_button.setEnabled(has_contact and not self._app.read_only)
        self.delete_button.setEnabled(has_note and not self._app.read_only)
        self.editor_area.setEnabled(has_note)


def _to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
