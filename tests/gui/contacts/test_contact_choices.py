"""The contacts page's choices: deleting someone with meetings (kept as a record or deleted
too, with undo), a second contact of the same name (said on save, the other one a click
away, told apart in pickers), and Merge with… from the list's context menu (undo works)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.domain.records import Contact
from netprep.gui.contacts.contact_delete import DeleteChoice
from netprep.gui.transfer.merge_dialog import MergeContactsDialog
from netprep.gui.widgets.contact_picker import describe
from tests.gui.conftest import ContactAnswers
from tests.gui.helpers import DialogAnswers, make_window, type_into


def test_deleting_a_contact_with_meetings_offers_keep_or_delete_them_with_undo(
    qtbot: QtBot,
    app: App,
    tmp_path: Path,
    dialogs: DialogAnswers,
    contact_answers: ContactAnswers,
) -> None:
    seed_demo(app)
    elena = app.contacts.find("Elena Vasquez")
    meetings = {m.id for m in app.meetings.for_contact(elena.id)}
    assert meetings
    window = make_window(qtbot, app, tmp_path)
    window.open_contact(elena.id)
    page = window.contacts_page

    page.delete_current()  # cancelled: nothing changes
    assert "Kept, the meetings stay" in contact_answers.asked[-1]
    assert app.contacts.get(elena.id) is not None

    contact_answers.delete = DeleteChoice.KEEP_MEETINGS
    page.delete_current()
    assert app.contacts.get(elena.id) is None
    kept = [app.meetings.get(i) for i in meetings]
    assert all(
        m is not None and app.meetings.contact_name(m) == "Elena Vasquez (deleted)" for m in kept
    )
    window.commands["undo_delete"].trigger()
    assert app.contacts.get(elena.id) is not None

    window.open_contact(elena.id)
    contact_answers.delete = DeleteChoice.WITH_MEETINGS
    page.delete_current()
    assert all(app.meetings.get(i) is None for i in meetings)
    window.commands["undo_delete"].trigger()
    assert {m.id for m in app.meetings.for_contact(elena.id)} == meetings


def test_a_second_contact_of_the_same_name_is_said_and_the_other_one_opens(
    qtbot: QtBot,
    demo_app: App,
    tmp_path: Path,
    dialogs: DialogAnswers,
    contact_answers: ContactAnswers,
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    grace = demo_app.contacts.find("Grace Adeyemi")
    page.new_contact()
    type_into(qtbot, page.form.editor("name"), "Grace Adeyemi")
    type_into(qtbot, page.form.editor("company"), "Lumen Labs")
    contact_answers.open_other = True
    assert page.save()
    assert contact_answers.asked == ["Another contact has this name: Grace Adeyemi"]
    assert page.current is not None and page.current.id == grace.id  # the other one, opened
    # Saving the same person again does not say it again.
    type_into(qtbot, page.form.editor("role"), "CNIO")
    assert page.save() and len(contact_answers.asked) == 1

    # The referred-by list and the pickers tell the two apart.
    referred = page.form.editor("referred_by")
    assert isinstance(referred, QLineEdit) and referred.completer() is not None
    labels = referred.completer().model().stringList()  # type: ignore[attr-defined]
    assert "Grace Adeyemi (Lumen Labs)" in labels
    assert any(label.startswith("Grace Adeyemi (grace.") for label in labels), labels
    assert "grace." in describe(grace)


def test_merge_with_from_the_context_menu_and_undo(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    twin = demo_app.contacts.save(Contact(name="G. Adeyemi", emails=["g@example.org"]))
    grace = demo_app.contacts.find("Grace Adeyemi")
    page.reload(select=grace.id)
    row = page.proxy.row_of(grace.id)
    where = page.list.visualRect(page.proxy.index(row, 0)).center()
    menu = page.findChild(QMenu, "contactMenu")
    assert menu is None
    page.list.customContextMenuRequested.emit(where)
    menu = page.findChild(QMenu, "contactMenu")
    assert isinstance(menu, QMenu)
    merge = next(a for a in menu.actions() if a.text() == "Merge with…")
    merge.trigger()
    menu.close()
    dialog = window.findChild(MergeContactsDialog)
    assert isinstance(dialog, MergeContactsDialog)
    assert dialog.keep.contact_id == grace.id  # the contact right-clicked comes first
    dialog.other.set_contact(twin.id)
    dialog._rebuild()
    dialog.do_merge()
    assert demo_app.contacts.get(twin.id) is None
    assert demo_app.contacts.get(grace.id) is not None
    undo = window.commands["undo_import"]
    assert undo.isEnabled()
    undo.trigger()
    assert demo_app.contacts.get(twin.id) is not None

    # Edit → Merge contacts… starts from the contact open on the page.
    window.open_contact(grace.id)
    window.commands["merge_contacts"].trigger()
    dialogs_open = [d for d in window.findChildren(MergeContactsDialog) if d.isVisible()]
    assert dialogs_open and dialogs_open[-1].keep.contact_id == grace.id


def test_at_1024_px_the_contacts_name_is_shown_whole_above_its_buttons(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    window.resize(1024, 700)
    grace = demo_app.contacts.find("Grace Adeyemi")
    window.open_contact(grace.id)
    page = window.contacts_page
    qtbot.waitUntil(lambda: page.title.width() > 0)
    needed = page.title.fontMetrics().horizontalAdvance("Grace Adeyemi")
    assert page.title.width() >= needed  # was cut to "Grace …" beside four buttons
    assert page.save_button.geometry().top() > page.title.geometry().bottom()
