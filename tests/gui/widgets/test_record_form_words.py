"""The record form's own words (a REF field's "deleted contact", the name that matches
nobody) are in the user's language, as the rest of the form is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from netprep.domain.records import Contact
from netprep.gui.shell.translation import install_translators, remove_translators
from netprep.gui.widgets.record_form import FieldSpec, Kind, RecordForm, Section
from netprep.gui.widgets.ref_choices import RefChoices


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[None]:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    installed = install_translators(qt_app, QLocale("de_DE"))  # the shipped catalog
    assert installed, "resources/i18n/netprep_de.qm did not load"
    yield
    remove_translators(qt_app, installed)


def referrer_form(qtbot: QtBot) -> RecordForm:
    form = RecordForm([Section("Who", [FieldSpec("referred_by", "Referred by", Kind.REF)])])
    qtbot.addWidget(form)
    form.adopt_ref_choices("referred_by", RefChoices.build([("Ann Cole", "a1")], {}))
    return form


@pytest.mark.parametrize(
    ("language", "deleted", "nobody"),
    [
        ("en", "(deleted contact)", "No contact called “Zed”: pick one from the list."),
        (
            "de",
            "(gelöschter Kontakt)",
            "Kein Kontakt namens „Zed“: Wählen Sie einen aus der Liste.",
        ),
    ],
)
def test_the_forms_own_words_are_translated(
    qtbot: QtBot, request: pytest.FixtureRequest, language: str, deleted: str, nobody: str
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    form = referrer_form(qtbot)
    form.load(Contact(name="Bo", referred_by="gone-id"))  # the referrer was deleted
    field = form.editor("referred_by")
    assert isinstance(field, QLineEdit) and field.text() == deleted
    assert form.local_errors() == {}  # kept as loaded: no error
    field.setText("Zed")
    assert form.local_errors() == {"referred_by": nobody}
    field.setText("Ann Cole")
    assert form.local_errors() == {}
