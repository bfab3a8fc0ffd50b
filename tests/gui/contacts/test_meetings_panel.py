"""A contact's "Meetings & referrals" tab: names typed by hand show, empty lists say so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.contacts.meetings_panel import ContactMeetingsPanel
from netprep.gui.widgets.item_roles import ID_ROLE


def _named(app: App, name: str) -> str:
    return next(c.id for c in app.contacts.all() if c.name == name)


def test_a_referral_typed_by_hand_shows_among_the_names_given(qtbot: QtBot, demo_app: App) -> None:
    panel = ContactMeetingsPanel(demo_app)
    qtbot.addWidget(panel)
    grace, daniel = _named(demo_app, "Grace Adeyemi"), _named(demo_app, "Daniel Mensah")
    contact = demo_app.contacts.get(daniel)
    assert contact is not None and contact.referred_by == grace  # the demo's hand-typed link

    panel.set_contact(grace)

    texts = [panel.given.item(i).text() for i in range(panel.given.count())]
    assert any(t.startswith("Daniel Mensah — ") for t in texts), texts
    assert not any(t.startswith("No names yet") for t in texts)
    row = texts.index(next(t for t in texts if t.startswith("Daniel Mensah")))
    assert panel.given.item(row).data(ID_ROLE) == daniel


def test_empty_lists_say_so_and_cannot_be_picked(qtbot: QtBot, app: App) -> None:
    lone = app.contacts.save(Contact(name="Lone Person"))
    panel = ContactMeetingsPanel(app)
    qtbot.addWidget(panel)
    panel.set_contact(lone.id)

    assert panel.meetings.count() == 1
    assert panel.meetings.item(0).text().startswith("No meetings yet")
    assert panel.given.item(0).text().startswith("No names yet")
    assert not panel.meetings.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert not panel.record_button.isEnabled()
