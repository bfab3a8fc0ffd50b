"""The app's own palette and stylesheet in a test, as netprep applies them at start (the GUI
tests otherwise run on Qt's bare Fusion look), and its language: for tests of how things
line up in English and German."""

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


@contextmanager
def in_language(locale_name: str) -> Iterator[None]:
    """The app speaking ``locale_name`` ("de_DE"), as netprep installs a catalog at start;
    English ("en_GB") is what the tests run in anyway."""
    from PySide6.QtCore import QLocale

    from netprep.gui.shell.translation import install_translators, remove_translators

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    english = locale_name.startswith("en")
    installed = [] if english else install_translators(qapp, QLocale(locale_name))
    try:
        yield
    finally:
        remove_translators(qapp, installed)
