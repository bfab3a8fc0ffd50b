"""Export, print and copy a brief from the GUI: file choice, PDF, printer, clipboard.

The text comes from the BriefExportService (user templates first, shipped
ones otherwise); a broken user template is reported once per export in a
dialog naming the file and line, and the export still happens with the default.
The file chooser and the print dialog are attributes so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from netprep.composition import App
from netprep.domain.brief.model import Brief
from netprep.gui.shell.background_render import BackgroundRender
from netprep.gui.words.user_errors import said
from netprep.render.brief_view import BriefContext
from netprep.render.templates import RenderResult
from netprep.services.brief_export import ExportFormat
from netprep.services.errors import UserError

# Print support (QtPrintSupport, the PDF writer: ~10 ms) loads on the first export, print or
# copy, not with the page that shows a brief (the demo's window opens on one).
if TYPE_CHECKING:
    from netprep.gui.export.paper import PageName, PrintDialogFactory

#: (suggested path, file-type filter) -> the chosen path, or "" when cancelled.
PathChooser = Callable[[str, str], str]
#: What to export: the brief and its meeting context, or None when there is none.
BriefSource = Callable[[], tuple[Brief, BriefContext] | None]

_FILTERS = {
    ExportFormat.MARKDOWN: "Markdown (*.md)",
    ExportFormat.HTML: "Web page (*.html)",
    ExportFormat.PDF: "PDF (*.pdf)",
}


def default_page_size() -> PageName:
    """Letter where paper is Letter (US, Canada…), A4 everywhere else."""
    system = QLocale().measurementSystem()
    return "Letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "A4"


class BriefOutput(QObject):
    """Export, Print and Copy. A user's template renders off the GUI thread (it may loop for
    seconds before it is stopped); what the preview rendered already is reused at once."""

    status_message = Signal(str)
    busy_changed = Signal(bool)  # a render for Export/Print/Copy is on its way
    exported = Signal(str)  # the written file

    def __init__(self, app: App, parent: QWidget, source: BriefSource) -> None:
        super().__init__(parent)
        self._app = app
        self._parent = parent
        self._source = source
        self.page: PageName = default_page_size()
        self.choose_path: PathChooser = self._ask_for_path
        self.print_dialog_factory: PrintDialogFactory | None = None
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self._folder = Path(documents) if documents else Path.home()
        self.render = BackgroundRender(self)
        self.render.busy_changed.connect(self.busy_changed)
        self.render.busy_changed.connect(self._enable)
        self._buttons: tuple[QWidget, ...] = ()
        self._available = True
        self._preview_busy = False

    @property
    def busy(self) -> bool:
        return self.render.busy

    def _rendered(self, ready: bool, job: Callable[[], Any], then: Callable[[Any], object]) -> None:
        """``then(job())``: at once when the text is ready or the shipped template renders
        it, else off the GUI thread (the window keeps turning) while the buttons wait."""
        if ready or not self._app.brief_export.takes_time():
            then(job())
            return

        self.status_message.emit(self.tr("Rendering the brief with your template…"))
        self.render.request(job, then)

    def guard(self, buttons: tuple[QWidget, ...], preview: QObject) -> None:
        """Keep ``buttons`` (Export, Print, Copy) disabled while there is no brief, while the
        preview renders and while one of them renders."""
        self._buttons = buttons
        self._preview_busy = False
        preview.busy_changed.connect(self._on_preview_busy)  # type: ignore[attr-defined]

    def set_available(self, available: bool, *, shown: bool = True) -> None:
        """Whether there is a brief to export (the page's selection), and whether the guarded
        buttons show at all."""
        self._available = available
        for button in self._buttons:
            button.setVisible(shown)
        self._enable()

    def _on_preview_busy(self, busy: bool) -> None:
        self._preview_busy = busy
        self._enable()

    def _enable(self, _busy: bool = False) -> None:
        ready = self._available and not self._preview_busy and not self.render.busy
        for button in self._buttons:
            button.setEnabled(ready)

    def menu(self, parent: QWidget) -> QMenu:
        """The Export ▾ menu: each format, and the pocket card."""
        menu = QMenu(parent)
        menu.addAction(self.tr("PDF, one page…"), lambda: self.export(ExportFormat.PDF))
        menu.addAction(
            self.tr("Pocket card PDF…"), lambda: self.export(ExportFormat.PDF, pocket=True)
        )
        menu.addSeparator()
        menu.addAction(self.tr("Markdown…"), lambda: self.export(ExportFormat.MARKDOWN))
        menu.addAction(self.tr("Web page (HTML)…"), lambda: self.export(ExportFormat.HTML))
        return menu

    # -- the three ways out ----------------------------------------------------------------

    def export(self, fmt: ExportFormat, *, pocket: bool = False) -> None:
        """Ask where, then render (off the GUI thread with a user template) and write."""
        current = self._current()
        if current is None:
            return
        brief, context = current
        exporter = self._app.brief_export
        suggested = self._folder / exporter.suggested_filename(context, fmt, pocket=pocket)
        chosen = self.choose_path(str(suggested), _FILTERS[fmt])
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(fmt.suffix)
        self._rendered(
            exporter.is_rendered(brief, context, fmt, pocket=pocket),
            lambda: exporter.render(brief, context, fmt, pocket=pocket),
            lambda rendered: self._write(rendered, path, fmt, context, pocket),
        )

    def _write(
        self,
        rendered: RenderResult,
        path: Path,
        fmt: ExportFormat,
        context: BriefContext,
        pocket: bool,
    ) -> Path | None:
        from netprep.gui.export import paper

        self._report_template_problems(rendered)
        try:
            if fmt is ExportFormat.PDF:
                title = f"Brief: {context.contact_name}" if context.contact_name else "Brief"
                paper.write_pdf(rendered.text, path, self.page, pocket, title=title)
            else:
                self._app.brief_export.write_text(path, rendered.text)
        except (paper.PdfExportError, UserError) as exc:
            QMessageBox.warning(self._parent, self.tr("Brief not exported"), said(exc))
            return None
        self._folder = path.parent
        self.status_message.emit(self.tr("Exported {name}").format(name=path.name))
        self.exported.emit(str(path))
        return path

    def print(self) -> None:
        current = self._current()
        if current is None:
            return
        exporter = self._app.brief_export
        self._rendered(
            exporter.is_rendered(*current, ExportFormat.HTML),
            lambda: exporter.html(*current),
            self._print,
        )

    def _print(self, rendered: RenderResult) -> bool:
        from netprep.gui.export.paper import print_html

        self._report_template_problems(rendered)
        printed = print_html(
            rendered.text, self._parent, page=self.page, dialog_factory=self.print_dialog_factory
        )
        if printed:
            self.status_message.emit(self.tr("Brief sent to the printer"))
        return printed

    def copy(self) -> None:
        current = self._current()
        if current is None:
            return
        exporter = self._app.brief_export
        self._rendered(
            exporter.is_rendered(*current, ExportFormat.HTML),
            lambda: (exporter.markdown(*current), exporter.html(*current)),
            self._copy,
        )

    def _copy(self, rendered: tuple[RenderResult, RenderResult]) -> None:
        from netprep.gui.export.paper import copy_to_clipboard

        markdown, html = rendered
        exporter = self._app.brief_export
        self._report_template_problems(markdown)
        copy_to_clipboard(exporter.plain_text(markdown), html.text, markdown=markdown.text)
        self.status_message.emit(self.tr("Brief copied: paste it into an email or a document"))

    # -- helpers ---------------------------------------------------------------------------

    def _current(self) -> tuple[Brief, BriefContext] | None:
        current = self._source()
        if current is None:
            self.status_message.emit(self.tr("Pick a meeting or a contact first"))
        return current

    def _report_template_problems(self, rendered: RenderResult) -> None:
        if rendered.problems:
            QMessageBox.warning(
                self._parent,
                self.tr("Your brief template has a problem"),
                "\n\n".join(said(problem) for problem in rendered.problems),
            )

    def _ask_for_path(self, suggested: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export the brief"), suggested, file_filter
        )
        return path
