"""File → Import…, File → Export…, Edit → Undo import, Edit → Merge contacts…, and drops.

:func:`install_transfer` adds the commands to the main window's menus and lets a file
dropped on the window start an import. Every step asks the transfer service; this
module only shows what it answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QMessageBox

from netprep.gui.words import QT_TRANSLATE_NOOP
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError

if TYPE_CHECKING:
    from netprep.gui.shell.main_window import MainWindow
    from netprep.gui.transfer.jobs import BackgroundJob
    from netprep.gui.transfer.merge_dialog import MergeContactsDialog
    from netprep.services.transfer import (
        FileFormat,
        ImportPreview,
        ImportResult,
        UnknownFormatError,
    )

# The dialogs, the worker and the transfer service (its readers, rapidfuzz: ~30 ms) load when
# a command is first used, not with the window that lists the commands.

IMPORT_FILTER = QT_TRANSLATE_NOOP(  # the dialogs' words are translated as shown
    "TransferController",
    "Contacts (*.csv *.vcf *.vcard *.json);;LinkedIn or Google CSV (*.csv);;"
    "vCard (*.vcf *.vcard);;netprep backup (*.json);;All files (*)",
)
EXPORT_FILTERS = {
    QT_TRANSLATE_NOOP("TransferController", "netprep backup, everything (*.json)"): "json",
    QT_TRANSLATE_NOOP("TransferController", "Contacts as a spreadsheet (*.csv)"): "csv",
    QT_TRANSLATE_NOOP("TransferController", "Contacts as vCard (*.vcf)"): "vcard",
}
SUFFIX = {"json": ".json", "csv": ".csv", "vcard": ".vcf"}


class TransferController(QObject):
    """The window's import, export, undo and merge commands."""

    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.app
        self.job: BackgroundJob | None = None
        self.last_result: ImportResult | None = None
        a = window.commands
        self.import_action: QAction = a["import_contacts"]
        self.export_action: QAction = a["export_data"]
        self.undo_action: QAction = a["undo_import"]
        self.merge_action: QAction = a["merge_contacts"]
        self.import_action.triggered.connect(self.choose_and_import)
        self.export_action.triggered.connect(self.choose_and_export)
        self.undo_action.triggered.connect(self.undo)
        self.merge_action.triggered.connect(self._merge_from_menu)
        writable = not self.app.read_only
        self.import_action.setEnabled(writable)
        self.merge_action.setEnabled(writable)
        self._update_undo()
        window.setAcceptDrops(writable)
        window.installEventFilter(self)

    # -- import ----------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import contacts"), str(Path.home()), self.tr(IMPORT_FILTER)
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, fmt: FileFormat | None = None) -> None:
        """Preview ``path`` on a worker thread, then show the preview dialog (``fmt``: read
        it as that format; by default it is recognised, and when it is not, the user is
        asked which it is)."""
        if self.app.read_only or self.job is not None:
            return
        if not self.window.contacts_page.confirm_discard():
            return
        from netprep.gui.transfer.jobs import run_with_progress
        from netprep.services.transfer import UnknownFormatError

        snapshot = list(self.app.contacts.all())  # taken here, read on the worker

        def work(progress: Any) -> ImportPreview | UnknownFormatError:
            try:
                return self.app.transfer.preview(path, fmt, progress=progress, contacts=snapshot)
            except UnknownFormatError as unknown:  # not a failure yet: the user may know
                return unknown

        self.job = run_with_progress(
            self.window,
            self.tr("Reading {name}…").format(name=path.name),
            work,
            lambda read: self._show_preview(path, read),
            self._failed,
        )

    def _show_preview(self, path: Path, read: ImportPreview | UnknownFormatError) -> None:
        from netprep.gui.transfer.jobs import run_with_progress
        from netprep.gui.transfer.preview_dialog import ImportPreviewDialog
        from netprep.services.transfer import UnknownFormatError

        self.job = None
        if isinstance(read, UnknownFormatError):
            self._ask_format(path, read)
            return
        preview = read
        dialog = ImportPreviewDialog(preview, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or preview.is_empty:
            self.status_message.emit(self.tr("Import cancelled: nothing was written."))
            return
        self.job = run_with_progress(
            self.window,
            self.tr("Importing {source}…").format(source=preview.source),
            lambda _progress: self.app.transfer.apply(preview),
            self._imported,
            self._failed,
            cancellable=False,
        )

    def _ask_format(self, path: Path, unknown: UnknownFormatError) -> None:
        """The file's format was not recognised: which is it? (Cancel: nothing happens.)"""
        from netprep.gui.transfer.format_dialog import ImportFormatDialog

        dialog = ImportFormatDialog(unknown, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_file(path, dialog.chosen())
        else:
            self.status_message.emit(self.tr("Import cancelled: nothing was written."))

    def result_words(self, result: ImportResult) -> str:
        """What an import did, counted in the user's language ("1 new contact", not
        "1 new contact(s)"): the service's summary is the CLI's English."""
        parts = [
            self.tr("%n new contact(s) imported", "", result.added),
            self.tr("%n merged into contacts you had", "", result.merged),
            self.tr("%n skipped", "", result.skipped),
        ]
        if result.restored:
            parts.append(self.tr("%n other record(s) restored", "", result.restored))
        return "; ".join(parts) + "."

    def _imported(self, result: ImportResult) -> None:
        self.job = None
        self.last_result = result
        self._update_undo()
        self.data_changed.emit()
        QMessageBox.information(
            self.window,
            self.tr("Import finished"),
            self.tr("{result}\n\nEdit → Undo import takes it back.").format(
                result=self.result_words(result)
            ),
        )

    def _failed(self, message: str) -> None:
        self.job = None
        QMessageBox.warning(self.window, self.tr("Cannot import"), message)

    # -- undo ------------------------------------------------------------------------------

    def undo(self) -> None:
        label = self.app.transfer.undo()
        self._update_undo()
        if label:
            self.data_changed.emit()
            self.status_message.emit(self.tr("Undone: the {what}.").format(what=said(label)))

    def _update_undo(self) -> None:
        # Nothing to undo before the service is first used (its history lives in it): asking
        # would load it, the readers and rapidfuzz, on the window's thread as it opens.
        label = self.app.transfer.undo_label if self.app.lazy_transfer.built else ""
        self.undo_action.setEnabled(bool(label) and not self.app.read_only)
        self.undo_action.setText(
            self.tr("Undo the {what}").format(what=said(label))
            if label
            else self.tr("Undo import or merge")
        )

    # -- export ----------------------------------------------------------------------------

    def choose_and_export(self) -> None:
        default = Path.home() / "netprep-backup.json"
        filters = {self.tr(words): kind for words, kind in EXPORT_FILTERS.items()}
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export"), str(default), ";;".join(filters)
        )
        if path:
            self.export_to(Path(path), filters.get(chosen, "json"))

    def export_to(self, path: Path, fmt: str) -> None:
        if not path.suffix:
            path = path.with_suffix(SUFFIX[fmt])
        try:
            size = self.app.transfer.export(fmt, path)
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot export"), said(exc))
            return
        self.status_message.emit(
            self.tr("Exported to {path} ({size} bytes).").format(path=path, size=f"{size:,}")
        )

    # -- merge -----------------------------------------------------------------------------

    def merge_contacts(self, first_id: str = "", second_id: str = "") -> MergeContactsDialog:
        from netprep.gui.transfer.merge_dialog import MergeContactsDialog

        dialog = MergeContactsDialog(self.app, self.window, first_id, second_id)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merge_from_menu(self) -> None:
        """The contact open on the contacts page (if it was built) is the first of the two."""
        selected = getattr(self.window.pages.get("contacts"), "selected_id", lambda: "")
        self.merge_contacts(str(selected()))

    def _merged(self, message: str) -> None:
        self._update_undo()
        self.data_changed.emit()
        self.status_message.emit(message)

    # -- sync tool conflict copies ---------------------------------------------------------

    def offer_conflict_copies(self) -> None:
        """At start: name the conflict copies a sync tool left, and offer to review one."""
        from netprep.services.transfer.readers.sync_copies import find_conflict_copies

        copies = find_conflict_copies(self.app.data_dir)  # not the service: see _update_undo
        if not copies or self.app.read_only:
            return
        mergeable = [c for c in copies if c.can_merge]
        names = "\n".join(f"  {c.path.name}" for c in copies)
        text = self.tr(
            "A sync tool (Dropbox, iCloud Drive, OneDrive, Syncthing) left copies of your "
            "data here when two computers changed it:\n{names}\n\n"
        ).format(names=names)
        if not mergeable:
            QMessageBox.warning(
                self.window,
                self.tr("Sync conflict copies"),
                text + self.tr("netprep cannot merge these."),
            )
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Sync conflict copies"),
            text
            + self.tr("Review what {name} holds that is not here, and merge it?").format(
                name=mergeable[0].path.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.import_file(mergeable[0].path)

    # -- dropping a file on the window -----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if _dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = _dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                self.import_file(path)
                return True
        return super().eventFilter(watched, event)


def _dropped_file(event: QDropEvent) -> Path | None:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return files[0] if len(files) == 1 and files[0].is_file() else None


def install_transfer(window: MainWindow) -> TransferController:
    """Add the transfer commands to the window's File and Edit menus; returns them wired."""
    controller = TransferController(window)
    menus = {_plain(m.title()): m for m in _menus(window)}
    file_menu, edit_menu = menus.get("file"), menus.get("edit")
    if file_menu is not None:
        before = window.commands["quit"]
        file_menu.insertActions(before, [controller.import_action, controller.export_action])
        file_menu.insertSeparator(before)
    if edit_menu is not None:
        edit_menu.addSeparator()
        edit_menu.addActions([controller.undo_action, controller.merge_action])
    controller.data_changed.connect(lambda: _reload_pages(window))
    QTimer.singleShot(0, controller, controller.offer_conflict_copies)
    controller.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    return controller


def _menus(window: QMainWindow) -> list[QMenu]:
    bar = window.menuBar()
    return [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]  # type: ignore[misc]


def _plain(title: str) -> str:
    return title.replace("&", "").strip().casefold()


def _reload_pages(window: MainWindow) -> None:
    """Every page shows the store again (an import or merge changed contacts)."""
    for page in window.pages.values():
        for name in ("reload", "refresh"):
            method = getattr(page, name, None)
            if callable(method):
                method()
                break
