"""Contacts in the main window: add, search, edit, notes with a safe preview, delete and undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.window_state import WindowState
from tests.gui.helpers import DialogAnswers, make_window, type_into


def visible_names(window: MainWindow) -> list[str]:
    proxy = window.contacts_page.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_add_find_edit_contact_and_note(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, app, tmp_path)
    page = window.contacts_page

    window.commands["new_contact"].trigger()
    assert window.current_section() == "contacts"
    form = page.form
    type_into(qtbot, form.editor("name"), "Priya Raman")
    type_into(qtbot, form.editor("company"), "Lumen Labs")
    type_into(qtbot, form.editor("role"), "Head of Design")
    type_into(qtbot, form.editor("interests"), "ceramics, bouldering")
    type_into(qtbot, form.editor("emails"), "priya@lumen.example.org")
    window.commands["save"].trigger()

    saved = app.contacts.search("priya")
    assert [c.name for c in saved] == ["Priya Raman"]
    assert saved[0].interests == ["ceramics", "bouldering"]
    assert saved[0].emails == ["priya@lumen.example.org"]

    # Find it by search, on an interest.
    for name in ("Ben Ode", "Carla Diaz"):
        window.commands["new_contact"].trigger()
        type_into(qtbot, form.editor("name"), name)
        window.commands["save"].trigger()
    assert len(visible_names(window)) == 3
    type_into(qtbot, page.search, "bould")
    assert visible_names(window) == ["Priya Raman"]
    assert "1 of 3" in page.count_label.text()
    page.search.clear()

    # Edit it.
    assert page.select_contact(saved[0].id)
    type_into(qtbot, form.editor("role"), "VP Design")
    qtbot.keyClick(form.editor("role"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    edited = app.contacts.get(saved[0].id)
    assert edited is not None and edited.role == "VP Design"

    # Add a note and see its preview rendered from Markdown.
    page.tabs.setCurrentIndex(1)
    page.notes.new_button.click()
    type_into(qtbot, page.notes.editor, "Met at **Config 2026**\n\n- loves raku firing")
    qtbot.waitUntil(lambda: "raku firing" in page.notes.preview.toHtml())  # after a pause
    html = page.notes.preview.toHtml()
    assert "Config 2026" in html and "raku firing" in html
    assert "**" not in page.notes.preview.toPlainText()
    assert page.notes.flush()
    notes = app.contacts.notes_for(saved[0].id)
    assert len(notes) == 1 and "raku firing" in notes[0].body


def test_invalid_email_is_explained_next_to_the_field(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, app, tmp_path)
    page = window.contacts_page
    window.commands["new_contact"].trigger()
    type_into(qtbot, page.form.editor("name"), "Dana Kim")
    type_into(qtbot, page.form.editor("emails"), "dana.example.org")
    window.commands["save"].trigger()
    assert app.contacts.all() == []
    error = page.form._errors["emails"]
    assert error.isVisibleTo(window) and "dana.example.org" in error.text()
    # Fixing the field clears the message as you type, then the save goes through.
    type_into(qtbot, page.form.editor("emails"), "dana@example.org")
    assert not error.isVisibleTo(window)
    window.commands["save"].trigger()
    assert [c.emails for c in app.contacts.all()] == [["dana@example.org"]]


def test_hostile_note_renders_as_harmless_text(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    contact = demo_app.contacts.all()[0]
    page.select_contact(contact.id)
    page.tabs.setCurrentIndex(1)
    page.notes.new_button.click()
    hostile = (
        "<img src=http://tracker.invalid/pixel.png> before\n\n"
        "<script>alert('x')</script> after [bad](javascript:alert(1))"
    )
    type_into(qtbot, page.notes.editor, hostile)
    qtbot.waitUntil(lambda: "after" in page.notes.preview.toPlainText())  # after a pause
    html = page.notes.preview.toHtml()
    # No element survives: at most the markup shows up as plain, escaped text.
    assert "<img" not in html
    assert "<script" not in html
    assert 'href="javascript:' not in html
    assert "before" in page.notes.preview.toPlainText()
    assert "after" in page.notes.preview.toPlainText()
    document = page.notes.preview.document()
    block = document.begin()
    while block.isValid():
        for fragment_index in range(block.textFormats().__len__()):
            assert not block.textFormats()[fragment_index].format.isImageFormat()
        block = block.next()


def test_delete_asks_and_can_be_undone(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    victim = next(c for c in demo_app.contacts.all() if demo_app.contacts.notes_for(c.id))
    notes_before = {n.id for n in demo_app.contacts.notes_for(victim.id)}
    page.select_contact(victim.id)

    dialogs.answer = dialogs.answer.No
    window.commands["delete_contact"].trigger()
    assert demo_app.contacts.get(victim.id) is not None
    assert victim.name in dialogs.asked[-1]

    dialogs.answer = dialogs.answer.Yes
    window.commands["delete_contact"].trigger()
    assert demo_app.contacts.get(victim.id) is None
    assert victim.name not in visible_names(window)
    assert window.commands["undo_delete"].isEnabled()

    window.commands["undo_delete"].trigger()
    assert demo_app.contacts.get(victim.id) is not None
    assert {n.id for n in demo_app.contacts.notes_for(victim.id)} == notes_before
    assert victim.name in visible_names(window)


def test_window_geometry_is_remembered(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    window = make_window(qtbot, app, tmp_path)
    window.resize(860, 707)  # the offscreen screen is 800 x 800: the height tells
    window.close()
    again = make_window(qtbot, app, tmp_path)
    assert (again.width(), again.height()) == (860, 707)


def test_profile_is_edited_and_saved(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, app, tmp_path)
    window.show_section("profile")
    form = window.profile_page.form
    type_into(qtbot, form.editor("name"), "Aoife Brennan")
    type_into(qtbot, form.editor("interests"), "trail running; Arsenal")
    type_into(qtbot, form.editor("email"), "not-an-email")
    window.commands["save"].trigger()
    assert app.profile.get().name == ""
    assert "not-an-email" in form._errors["email"].text()
    type_into(qtbot, form.editor("email"), "aoife@example.org")
    window.commands["save"].trigger()
    profile = app.profile.get()
    assert profile.name == "Aoife Brennan"
    assert profile.interests == ["trail running", "Arsenal"]


def test_demo_window_opens_on_a_prepared_brief(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    from netprep.composition import seed_demo

    report = seed_demo(app)
    assert report.meetings == 2 and report.skipped == []
    window = MainWindow(app, WindowState(tmp_path / "window.ini"), demo=True)
    qtbot.addWidget(window)
    window.show()
    assert window.current_section() == "meetings"
    shown = window.meetings_page.current_meeting()
    assert shown is not None and shown.brief is not None
    assert len(shown.brief.questions) == 3
    assert app.contacts.name_of(shown.contact_id) == "Jonas Lindqvist"


def test_today_lists_upcoming_meetings_and_opens_one(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    from netprep.composition import seed_demo

    seed_demo(app)
    window = make_window(qtbot, app, tmp_path)
    today = window.today_page
    assert today.upcoming_list.count() == 2
    assert today.upcoming_list.item(0).text().startswith("Jonas Lindqvist")
    assert today.due_value.text() == str(len(app.today.summary().due))
    today.upcoming_list.itemActivated.emit(today.upcoming_list.item(1))
    assert window.current_section() == "meetings"
    shown = window.meetings_page.current_meeting()
    assert shown is not None and app.contacts.name_of(shown.contact_id) == "Daniel Mensah"


def test_referred_by_is_picked_by_name_and_unknown_names_are_refused(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    window.commands["new_contact"].trigger()
    type_into(qtbot, page.form.editor("name"), "Nadia Rahman")
    type_into(qtbot, page.form.editor("referred_by"), "Nobody Known")
    window.commands["save"].trigger()
    assert demo_app.contacts.search("nadia") == []
    assert "Nobody Known" in page.form._errors["referred_by"].text()

    type_into(qtbot, page.form.editor("referred_by"), "Grace Adeyemi")
    window.commands["save"].trigger()
    (nadia,) = demo_app.contacts.search("nadia")
    assert demo_app.contacts.name_of(nadia.referred_by) == "Grace Adeyemi"
    assert "referred by Grace Adeyemi" in page.subtitle.text()
    # The new contact can now be chosen as a referrer too.
    referred_by = page.form.editor("referred_by")
    assert isinstance(referred_by, QLineEdit)
    completer = referred_by.completer()
    assert completer is not None
    model = completer.model()
    assert isinstance(model, QStringListModel) and "Nadia Rahman" in model.stringList()


def test_search_stays_right_while_contacts_change(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    type_into(qtbot, page.search, "ceramics")
    before = visible_names(window)
    assert before and all(
        "ceramics" in " ".join(c.interests).casefold()
        for c in demo_app.contacts.all()
        if c.name in before
    )
    window.commands["new_contact"].trigger()
    type_into(qtbot, page.form.editor("name"), "Aaron Potter")
    type_into(qtbot, page.form.editor("interests"), "ceramics")
    window.commands["save"].trigger()
    assert visible_names(window) == sorted([*before, "Aaron Potter"], key=str.casefold)
    # An edit that stops it matching hides the row but keeps the search and the form.
    type_into(qtbot, page.form.editor("interests"), "jazz")
    window.commands["save"].trigger()
    assert "Aaron Potter" not in visible_names(window)
    assert page.search.text() == "ceramics"
    assert page.title.text() == "Aaron Potter"


def test_prepare_a_meeting_from_a_contact(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    elena = next(c for c in demo_app.contacts.all() if c.name == "Elena Vasquez")
    window.contacts_page.select_contact(elena.id)
    window.contacts_page.prepare_button.click()
    assert window.current_section() == "meetings"
    assert window.meetings_page.is_preparing()
    assert window.meetings_page.prep.picker.contact_id == elena.id


def test_editing_someone_whose_referrer_was_deleted_keeps_the_link(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    daniel = next(c for c in demo_app.contacts.all() if c.name == "Daniel Mensah")
    grace_id = daniel.referred_by
    assert grace_id is not None
    demo_app.contacts.delete(grace_id)
    page.reload()
    window.open_contact(daniel.id)
    referrer_field = page.form.editor("referred_by")
    assert isinstance(referrer_field, QLineEdit)
    assert referrer_field.text() == "(deleted contact)"
    type_into(qtbot, page.form.editor("role"), "Group Product Manager")
    window.commands["save"].trigger()
    saved = demo_app.contacts.get(daniel.id)
    assert saved is not None and saved.role == "Group Product Manager"
    assert saved.referred_by == grace_id  # undo of the delete will bring Grace back, linked
    # Clearing the field on purpose does remove the link.
    referrer_field.clear()
    page._on_form_edited()
    window.commands["save"].trigger()
    unlinked = demo_app.contacts.get(daniel.id)
    assert unlinked is not None and unlinked.referred_by is None
