"""Review → Add to calendar: the weekly review (repeating), the planned meetings or the
follow-ups with a due date as an .ics file the user's calendar program opens. Its words are
the Review page's (context "ReviewPage")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from netprep.composition import App
from netprep.gui.words import QT_TRANSLATE_NOOP, said
from netprep.services.errors import UserError

CALENDAR_FILES = (  # translated as shown
    (QT_TRANSLATE_NOOP("ReviewPage", "The weekly review (repeating, 15 minutes)…"), "review"),
    (QT_TRANSLATE_NOOP("ReviewPage", "Planned meetings (alarm 15 minutes before)…"), "meetings"),
    (QT_TRANSLATE_NOOP("ReviewPage", "Follow-ups with a due date (to-dos)…"), "followups"),
)


translate = QCoreApplication.translate  # with literal words, so that lupdate finds them


class CalendarFiles(QObject):
    """The "Add to calendar" button and its menu; what it saved is said in the status bar."""

    status_message = Signal(str)

    def __init__(self, app: App, parent: QWidget) -> None:
        super().__init__(parent)
        self._app = app
        self._parent = parent
        self.button = QPushButton(translate("ReviewPage", "Add to calendar"))
        self.button.setToolTip(
            translate("ReviewPage", "Calendar files (.ics) your calendar program opens")
        )
        menu = QMenu(self.button)
        for text, what in CALENDAR_FILES:
            menu.addAction(translate("ReviewPage", text)).setData(what)
        menu.triggered.connect(lambda action: self.export(str(action.data())))
        self.button.setMenu(menu)

    def export(self, what: str = "review") -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            translate("ReviewPage", "Add to your calendar"),
            str(Path.home() / f"{what}.ics"),
            translate("ReviewPage", "Calendar (*.ics)"),
        )
        if path:
            self.write(Path(path), what)

    def write(self, path: Path, what: str = "review") -> Path | None:
        calendar = self._app.calendar
        make = {
            "review": calendar.review,
            "meetings": calendar.upcoming_meetings,
            "followups": calendar.followups,
        }[what]
        try:
            saved = calendar.write(path, make())
        except UserError as error:
            self.status_message.emit(said(error))
            return None
        self.status_message.emit(
            translate("ReviewPage", "Saved {name}: open it to add it to your calendar").format(
                name=saved.name
            )
        )
        return saved
