"""The app's own palette and stylesheet in a test, as netprep applies them at start (the GUI
tests otherwise run on Qt's bare Fusion look): for tests of how things line up."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from netprep.gui.widgets.theme import apply_theme


@contextmanager
def app_theme() -> Iterator[None]:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    old_sheet, old_palette = qapp.styleSheet(), qapp.palette()
    apply_theme(qapp)
    try:
        yield
    finally:
        qapp.setStyleSheet(old_sheet)
        qapp.setPalette(old_palette)
