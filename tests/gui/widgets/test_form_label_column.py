"""Contact and profile forms: one label width across every section, so the fields line up."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.gui.contacts.form_specs import CONTACT_SECTIONS, PROFILE_SECTIONS
from netprep.gui.widgets.record_form import RecordForm, Section


@pytest.mark.parametrize(
    "sections", [PROFILE_SECTIONS, CONTACT_SECTIONS], ids=["profile", "contact"]
)
def test_every_field_starts_at_the_same_x_in_every_section(
    qtbot: QtBot, sections: list[Section]
) -> None:
    form = RecordForm(sections)
    qtbot.addWidget(form)
    form.resize(900, 1400)
    form.show()
    QApplication.processEvents()
    starts = {
        spec.name: form.editor(spec.name).mapTo(form, form.editor(spec.name).rect().topLeft()).x()
        for section in sections
        for spec in section.fields
    }
    assert len(set(starts.values())) == 1, starts
