"""GUI fixtures: a real App on a temporary data folder, a ManualClock, dialogs answered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact
from netprep.gui.contacts.contact_delete import DeleteChoice
from netprep.gui.meetings.resume import LeftMeeting, resume_prompt
from netprep.gui.shell.translation import ENGLISH, install_translators
from netprep.resources import resource_path
from netprep.services.seed import load_seed_file, seed_store
from tests.gui.helpers import DialogAnswers


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> None:
    """English as netprep installs it at start-up: "1 phase", "5 phases" (resources/i18n)."""
    install_translators(qapp, ENGLISH)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def app(tmp_path: Path, clock: ManualClock) -> Iterator[App]:
    opened = open_app(tmp_path / "data", clock)
    yield opened
    opened.close()


@pytest.fixture
def demo_app(app: App, clock: ManualClock) -> App:
    seed_store(app.store, load_seed_file(resource_path("demo", "demo.json")), clock)
    return app


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogAnswers:
    answers = DialogAnswers()
    monkeypatch.setattr(QMessageBox, "question", answers.question)
    monkeypatch.setattr(QMessageBox, "warning", answers.warning)
    monkeypatch.setattr(QMessageBox, "critical", answers.warning)
    return answers


class LeftMeetingAnswers:
    """Stands in for the start-up question about a meeting left running (a real message box
    would wait forever offscreen): records each one and answers Later unless told otherwise."""

    def __init__(self) -> None:
        self.answer = LeftMeeting.LATER
        self.asked: list[str] = []

    def ask(self, parent: object, app: App, meeting: Meeting) -> LeftMeeting:
        self.asked.append(resume_prompt(None, app, meeting).text())
        return self.answer


@pytest.fixture(autouse=True)
def left_meetings(monkeypatch: pytest.MonkeyPatch) -> LeftMeetingAnswers:
    answers = LeftMeetingAnswers()
    monkeypatch.setattr("netprep.gui.meetings.resume.ask_about_left_meeting", answers.ask)
    return answers


@pytest.fixture(autouse=True)
def _empty_clipboard() -> Iterator[None]:
    """Qt's offscreen clipboard crashes the interpreter at exit while it holds data (a copied
    brief, or a selection in a text field): empty it after every test."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


class ContactAnswers:
    """Stands in for the contacts page's own message boxes (deleting someone with meetings,
    a second contact of the same name): records each and, unless told, cancels or stays."""

    def __init__(self) -> None:
        self.delete = DeleteChoice.CANCEL
        self.open_other = False
        self.asked: list[str] = []

    def ask_meetings(self, _parent: object, contact: Contact, notes: str, about: str) -> object:
        self.asked.append(f"Delete {contact.name} and their {notes}? {about}")
        return self.delete

    def ask_open_other(self, _page: object, saved: Contact, others: list[Contact]) -> str:
        self.asked.append(f"Another contact has this name: {saved.name}")
        return others[0].id if self.open_other else ""


@pytest.fixture(autouse=True)
def contact_answers(monkeypatch: pytest.MonkeyPatch) -> ContactAnswers:
    answers = ContactAnswers()
    monkeypatch.setattr(
        "netprep.gui.contacts.contact_delete.ask_about_meetings", answers.ask_meetings
    )
    monkeypatch.setattr("netprep.gui.contacts.same_name.ask_open_other", answers.ask_open_other)
    return answers
