"""The contact and profile forms: every field carries a name that screen readers announce."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from netprep.gui.contacts.form_specs import CONTACT_SECTIONS, PROFILE_SECTIONS
from netprep.gui.widgets.record_form import RecordForm, Section


@pytest.mark.parametrize(
    "sections", [CONTACT_SECTIONS, PROFILE_SECTIONS], ids=["contact", "profile"]
)
def test_every_field_is_announced_by_its_label(qtbot: QtBot, sections: list[Section]) -> None:
    form = RecordForm(sections)
    qtbot.addWidget(form)
    specs = [spec for section in sections for spec in section.fields]
    assert len(specs) > 8
    for spec in specs:
        editor = form.editor(spec.name)
        label = spec.label.replace("&", "").rstrip(": ")
        assert editor.accessibleName() == label, spec.name
        interface = QAccessible.queryAccessibleInterface(editor)
        assert interface is not None
        if not isinstance(editor, QComboBox):  # on Linux a combo announces its value as name
            assert interface.text(QAccessible.Text.Name) == label, spec.name
        if spec.help:
            assert interface.text(QAccessible.Text.Description) == spec.help
