"""The contact form edits a contact's own keep-in-touch interval and its snooze."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QSpinBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Circle, Contact
from tests.gui.helpers import make_window


def test_interval_override_and_snooze_are_saved_and_cleared(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    saved = app.contacts.save(Contact(name="Grace Adeyemi", circle=Circle.STAY_IN_TOUCH))
    window = make_window(qtbot, app, tmp_path)
    page = window.contacts_page
    assert page.select_contact(saved.id)
    form = page.form
    ideal, most, snooze = (
        form.editor("touch_ideal_days"),
        form.editor("touch_max_days"),
        form.editor("snoozed_until"),
    )
    assert isinstance(ideal, QSpinBox) and isinstance(most, QSpinBox)
    assert isinstance(snooze, QDateEdit) and snooze.text() == "not set"
    ideal.setValue(30)
    most.setValue(45)
    snooze.setDate(QDate(2027, 1, 15))
    assert page.save()
    stored = app.contacts.get(saved.id)
    assert stored is not None
    assert (stored.touch_ideal_days, stored.touch_max_days) == (30, 45)
    assert stored.snoozed_until == date(2027, 1, 15)

    assert page.select_contact(saved.id)
    assert snooze.date() == QDate(2027, 1, 15)
    snooze.setDate(snooze.minimumDate())  # back to "not set"
    most.setValue(10)  # shorter than the ideal: refused with a message
    assert not page.save()
    most.setValue(0)
    assert page.save()
    stored = app.contacts.get(saved.id)
    assert stored is not None and stored.snoozed_until is None and stored.touch_max_days is None
