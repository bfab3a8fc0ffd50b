"""GUI fixtures: a real App on a temporary data folder, a ManualClock, dialogs answered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock
from netprep.resources import resource_path
from netprep.services.seed import load_seed_file, seed_store


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


class DialogAnswers:
    """Stands in for QMessageBox's static dialogs: records them and gives a set answer."""

    def __init__(self) -> None:
        self.answer = QMessageBox.StandardButton.Yes
        self.asked: list[str] = []
        self.warnings: list[str] = []

    def question(self, _parent: object, title: str, text: str, *_: object) -> object:
        self.asked.append(f"{title}: {text}")
        return self.answer

    def warning(self, _parent: object, title: str, text: str, *_: object) -> object:
        self.warnings.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogAnswers:
    answers = DialogAnswers()
    monkeypatch.setattr(QMessageBox, "question", answers.question)
    monkeypatch.setattr(QMessageBox, "warning", answers.warning)
    monkeypatch.setattr(QMessageBox, "critical", answers.warning)
    return answers


@pytest.fixture(autouse=True)
def _empty_clipboard() -> Iterator[None]:
    """Qt's offscreen clipboard crashes the interpreter at exit while it holds data (a copied
    brief, or a selection in a text field): empty it after every test."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
