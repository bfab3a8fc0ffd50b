"""A contact's notes: a list, a Markdown editor and its rendered (sanitised) preview.

Notes save themselves shortly after typing stops, and at once when the user
switches note or contact, so there is no save button to forget. With no note open the
editor is still live: typing starts a new note ("New note" gives a blank one to type in).
A deleted note can be brought back from the bar that says so, or with Ctrl+Z.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
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
from netprep.domain.validation import MAX_NOTE_CHARS
from netprep.gui.contacts.long_note import ask_too_long
from netprep.gui.widgets.dates import date_pattern, format_date, from_qdate, to_qdate
from netprep.gui.widgets.elided_label import ElidedLabel
from netprep.gui.widgets.item_roles import ID_ROLE
from netprep.gui.widgets.layouts import ButtonFlow
from netprep.gui.widgets.prompts import UnsavedChoice
from netprep.gui.widgets.safe_browser import SafeBrowser
from netprep.gui.widgets.undo_bar import UndoBar, UndoKeys
from netprep.gui.widgets.wheel_guard import guard_wheel
from netprep.gui.words.labels import label
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError, ValidationError

AUTOSAVE_DELAY_MS = 800
PREVIEW_DELAY_MS = 250  # the preview follows typing once it pauses, not every keystroke
PREVIEW_MAX_CHARS = 20_000  # a long note's preview shows its start (the editor has it all)


def note_title(note: Note) -> str:
    first = next((line.strip("#*- >\t") for line in note.body.splitlines() if line.strip()), "")
    when = format_date(note.date, empty=QCoreApplication.translate("NotesPanel", "undated"))
    empty = QCoreApplication.translate("NotesPanel", "(empty note)")
    return f"{when} · {label(note.kind)}\n{first[:70] or empty}"


SIDE_BY_SIDE_MIN_WIDTH = 620  # below this, the preview goes under the editor
NOTES_LIST_WIDTH = 140  # the notes' list, when the window has room for it


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
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.new_button = QPushButton(self.tr("New note"))
        self.new_button.setToolTip(self.tr("A blank note dated today: start typing"))
        self.new_button.clicked.connect(self.new_note)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this note (Undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_note)
        self.undo_bar = UndoBar()
        self.undo_bar.undo_requested.connect(self.undo_delete)

        self.date_edit = guard_wheel(QDateEdit())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Note date"))
        self.date_edit.setDisplayFormat(date_pattern())
        self.date_edit.dateChanged.connect(self._on_edited)
        self.kind_combo = guard_wheel(QComboBox())
        self.kind_combo.setAccessibleName(self.tr("Kind of note"))
        for kind in NoteKind:
            self.kind_combo.addItem(label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._on_edited)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.textChanged.connect(self._on_edited)
        self.preview = SafeBrowser()
        self.preview.setObjectName("notePreview")
        self.preview.setAccessibleName(self.tr("Note preview"))

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.flush)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(lambda: self._preview(self.editor.toPlainText()))

        # The buttons one above the other: side by side they made the tab, and so the contact,
        # wider than a 1024 px window leaves beside a 300 px list (the list then shrank on the
        # first contact opened).
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.delete_button)
        left_widget = QWidget()
        left_widget.setLayout(left)

        # Date and kind on one line when there is room, one under the other when narrow (at
        # 1024 px the notes' list keeps room to read: side by side they took it all).
        header = ButtonFlow()
        header.addWidget(_labelled(QLabel(self.tr("Date")), self.date_edit))
        header.addWidget(_labelled(QLabel(self.tr("Kind")), self.kind_combo))
        # The save status on a line of its own under them, there even when empty: appearing
        # on the first keystroke beside a wrapped date and kind, it pushed the editor down
        # under the caret. A long "Not saved: …" ends in "…", whole as its tooltip.
        self.status = ElidedLabel()
        self.status.setObjectName("mutedLabel")
        self.status.setMinimumHeight(self.status.fontMetrics().height())
        self.text_split = QSplitter(Qt.Orientation.Horizontal)
        self.text_split.addWidget(self.editor)
        self.text_split.addWidget(self.preview)
        right = QVBoxLayout()
        right.addWidget(self.undo_bar)
        right.addLayout(header)
        right.addWidget(self.status)
        right.addWidget(self.text_split, 1)
        self.editor_area = QWidget()
        self.editor_area.setLayout(right)

        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(left_widget)
        outer.addWidget(self.editor_area)
        outer.setStretchFactor(1, 3)
        outer.setSizes([NOTES_LIST_WIDTH, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)
        watched = [self.list, self.new_button, self.delete_button, self.editor]
        self.undo_keys = UndoKeys(watched, self.undo_delete, self._can_undo, self)
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
        if contact_id != self._contact_id:
            self.undo_bar.withdraw()  # it spoke of the other contact's note
        self._contact_id = contact_id
        self._reload(select=None)

    def new_note(self) -> None:
        """A blank note dated today, in the editor: it is saved once something is typed."""
        if not self._contact_id or not self.keep():
            return
        self._loading = True
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self._loading = False
        self._show_note(None)
        self.status.setText(self.tr("New note: start typing"))
        self.editor.setFocus()

    def delete_note(self) -> None:
        if self._note is None:
            return
        self._autosave.stop()
        if self._note.created_at is None:  # typed but never saved: nothing to delete
            self._dirty = False
            self._reload(select=None)
            return
        try:
            deleted = self._app.notes.delete(self._note.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Note not deleted"), said(exc))
            return
        self._dirty = False
        self._note = None
        self._reload(select=None)
        when = format_date(deleted.date, empty=self.tr("undated"))
        self.undo_bar.offer(self.tr("Note of {when} deleted.").format(when=when))
        self.saved.emit(self.tr("Note deleted — Ctrl+Z or Undo brings it back"))

    def undo_delete(self) -> None:
        """Bring back the note deleted last, and open it."""
        self.flush()
        try:
            restored = self._app.notes.undo_delete()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Note not restored"), said(exc))
            return
        self.undo_bar.withdraw()
        if restored is None:
            return
        if restored.contact_id == self._contact_id:
            self._reload(select=restored.id)
        self.saved.emit(self.tr("Note restored"))

    def _can_undo(self) -> bool:
        return self.undo_bar.isVisibleTo(self) and self._app.notes.can_undo_delete

    def keep(self) -> bool:
        """Before the note leaves the editor (another note, a new one, another contact,
        closing): saved, or for a note too long for one, saved as several, left unsaved or
        kept in the editor as the user chooses. True when it is fine to move on."""
        if self.flush():
            return True
        assert self._note is not None
        body = self.editor.toPlainText()
        if len(body) <= MAX_NOTE_CHARS:
            return False  # another failure: flush() has said why
        answer = ask_too_long(self, body)
        if answer is UnsavedChoice.CANCEL:
            self.editor.setFocus()
            return False
        if answer is UnsavedChoice.DISCARD:
            self._dirty = False
            self.status.setText(self.tr("Change discarded"))
            self._reload(select=self._note.id if self._note.created_at else None)
            return True
        try:
            saved = self._app.contacts.save_note_in_parts(self._note)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Note not saved"), said(exc))
            return False
        self._dirty = False
        self._reload(select=saved[0].id)
        self.saved.emit(self.tr("Saved as {parts} notes").format(parts=len(saved)))
        return True

    def flush(self) -> bool:
        """Save the note being edited, if it changed. False if the save failed."""
        self._autosave.stop()
        if not self._dirty or self._note is None:
            return True
        self._note.body = self.editor.toPlainText()
        self._note.kind = NoteKind(self.kind_combo.currentData())
        self._note.date = from_qdate(self.date_edit.date())
        try:
            saved = self._app.contacts.save_note(self._note)
        except ValidationError as exc:  # too long: said beside the editor, while typing
            reason = next(iter(exc.errors.values()))
            self.status.setText(self.tr("Not saved: {reason}").format(reason=reason))
            return False
        except UserError as exc:
            self.status.setText(self.tr("Not saved"))
            QMessageBox.warning(self, self.tr("Note not saved"), said(exc))
            return False
        self._note = saved
        self._dirty = False
        self.status.setText(self.tr("Saved"))
        item = self.list.currentItem()
        if item is None or item.data(ID_ROLE) != saved.id:  # the note typing started
            item = QListWidgetItem()
            item.setData(ID_ROLE, saved.id)
            self._loading = True
            self.list.insertItem(0, item)
            self.list.setCurrentItem(item)
            self._loading = False
        item.setText(note_title(saved))
        self._update_enabled()
        self.saved.emit(self.tr("Note saved"))
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

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._loading:
            return
        if not self.keep():  # kept in the editor: back to the note being edited
            self._loading = True
            if isinstance(_previous, QListWidgetItem):
                self.list.setCurrentItem(_previous)
            else:
                self.list.setCurrentRow(-1)
            self._loading = False
            return
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
        self.date_edit.setDate(to_qdate(when))
        self._preview_timer.stop()
        self._preview(note.body if note else "")
        self.status.setText("")
        self._loading = False
        self._dirty = False
        self._update_enabled()

    def _on_edited(self, *_: object) -> None:
        if self._loading:
            return
        if self._note is None:
            if not self._starts_a_note():
                return
            self._note = Note(contact_id=self._contact_id or "")  # saved by flush()
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._preview_timer.start()
        self._autosave.start()

    def _starts_a_note(self) -> bool:
        """Typing with no note open starts one (changing the date or kind alone does not)."""
        typed = self.sender() is self.editor and bool(self.editor.toPlainText().strip())
        return typed and self._contact_id is not None and not self._app.read_only

    def _preview(self, text: str) -> None:
        if len(text) > PREVIEW_MAX_CHARS:
            cut = text[:PREVIEW_MAX_CHARS]
            shows = self.tr("The preview shows the first {count} characters.")
            text = f"{cut}\n\n*({shows.format(count=f'{PREVIEW_MAX_CHARS:,}')})*"
        self.preview.set_markdown(text)
        self.preview.setVisible(bool(text.strip()))  # no blank white page beside a new note

    def _update_enabled(self) -> None:
        has_contact = self._contact_id is not None
        has_note = self._note is not None
        writable = not self._app.read_only
        self.new_button.setEnabled(has_contact and writable)
        self.delete_button.setEnabled(has_note and writable)
        self.editor_area.setEnabled(has_contact)
        self.editor.setReadOnly(not writable)
        if not writable:
            hint = self.tr("Read-only: this data folder is open in another netprep.")
        elif has_note:
            hint = self.tr("Write in Markdown: - bullet points, **bold**, [links](https://…)")
        else:
            hint = self.tr(
                "Start typing to write a new note (Markdown: - bullet points, **bold**, "
                "[links](https://…)). It saves itself."
            )
        self.editor.setPlaceholderText(hint)


def _labelled(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field kept together on one line (the header wraps between pairs)."""
    label.setBuddy(field)
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field)
    return pair
