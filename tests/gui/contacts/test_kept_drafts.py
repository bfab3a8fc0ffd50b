"""The contact form and the profile keep what is typed in the store about a second after the
last keystroke (valid or not, never over the saved record), and offer it back on the next
open: Restore puts it in the form, Discard forgets it, Save drops it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.contacts.kept_draft import DRAFT_DELAY_MS
from netprep.gui.contacts.page import ContactsPage
from netprep.gui.contacts.profile_page import ProfilePage
from tests.gui.helpers import DialogAnswers, make_window, type_into

WAIT_MS = DRAFT_DELAY_MS + 1500


def text_of(page: ContactsPage | ProfilePage, field: str) -> str:
    editor = page.form.editor(field)
    assert isinstance(editor, QLineEdit)
    return editor.text()


def test_typing_in_a_contact_is_kept_after_a_pause_and_offered_on_the_next_open(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    dialogs.answer = QMessageBox.StandardButton.Discard  # on closing the window
    window = make_window(qtbot, demo_app, tmp_path)
    grace = demo_app.contacts.find("Grace Adeyemi")
    window.open_contact(grace.id)
    type_into(qtbot, window.contacts_page.form.editor("role"), "Chief Nurse")
    type_into(qtbot, window.contacts_page.form.editor("emails"), "grace@")  # not valid yet
    # Nothing else happens: only the page's own timer can write the draft.
    qtbot.waitUntil(lambda: demo_app.contacts.draft(grace.id) is not None, timeout=WAIT_MS)
    draft = demo_app.contacts.draft(grace.id)
    assert draft is not None
    assert draft.fields["role"] == "Chief Nurse" and draft.fields["emails"] == "grace@"
    stored = demo_app.contacts.get(grace.id)
    assert stored is not None and stored.role != "Chief Nurse"  # never saved over the record

    # As after a kill: a fresh page on the same data offers it.
    page = ContactsPage(demo_app)
    qtbot.addWidget(page)
    page.select_contact(grace.id)
    assert page.drafts.banner.isVisibleTo(page)
    assert page.drafts.banner.label.text().startswith("Unsaved changes to Grace Adeyemi from ")
    assert text_of(page, "role") == stored.role  # offered, not put in by itself
    page.drafts.banner.restore_button.click()
    assert text_of(page, "role") == "Chief Nurse" and text_of(page, "emails") == "grace@"
    assert page.has_unsaved_changes and not page.drafts.banner.isVisibleTo(page)
    assert not page.save()  # the half-typed email is refused, and the draft stays
    assert demo_app.contacts.draft(grace.id) is not None
    type_into(qtbot, page.form.editor("emails"), "grace@northgate.example.org")
    assert page.save()
    saved = demo_app.contacts.get(grace.id)
    assert saved is not None and saved.role == "Chief Nurse"
    assert demo_app.contacts.draft(grace.id) is None


def test_a_new_contact_typed_before_a_crash_is_offered_when_the_page_opens(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    dialogs.answer = QMessageBox.StandardButton.Discard  # on closing the window
    window = make_window(qtbot, demo_app, tmp_path)
    window.contacts_page.new_contact()
    type_into(qtbot, window.contacts_page.form.editor("name"), "Sam Lee")
    qtbot.waitUntil(lambda: bool(demo_app.contacts.new_contact_drafts()), timeout=WAIT_MS)

    page = ContactsPage(demo_app)
    qtbot.addWidget(page)
    assert page.drafts.banner.label.text().startswith("An unsaved new contact, “Sam Lee”, from")
    page.drafts.banner.restore_button.click()
    assert page.current is not None and page.current.created_at is None
    assert text_of(page, "name") == "Sam Lee"
    assert page.save()
    assert [c.name for c in demo_app.contacts.all()].count("Sam Lee") == 1
    assert demo_app.contacts.new_contact_drafts() == []


def test_discarding_forgets_the_kept_draft(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    grace = demo_app.contacts.find("Grace Adeyemi")
    window.open_contact(grace.id)
    type_into(qtbot, window.contacts_page.form.editor("role"), "Chief Nurse")
    qtbot.waitUntil(lambda: demo_app.contacts.draft(grace.id) is not None, timeout=WAIT_MS)
    page = ContactsPage(demo_app)
    qtbot.addWidget(page)
    page.select_contact(grace.id)
    page.drafts.banner.discard_button.click()
    assert demo_app.contacts.draft(grace.id) is None and not page.drafts.banner.isVisibleTo(page)

    # Discard when asked on leaving the contact forgets it as well.
    type_into(qtbot, window.contacts_page.form.editor("role"), "Matron")
    window.contacts_page.drafts.timer.flush()
    assert demo_app.contacts.draft(grace.id) is not None
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.open_contact(demo_app.contacts.find("Daniel Mensah").id)
    assert demo_app.contacts.draft(grace.id) is None


def test_typing_in_the_profile_is_kept_and_offered_back(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    dialogs.answer = QMessageBox.StandardButton.Discard  # on closing the window
    window = make_window(qtbot, demo_app, tmp_path)
    window.show_section("profile")
    type_into(qtbot, window.profile_page.form.editor("headline"), "Nurse turned PM")
    qtbot.waitUntil(lambda: demo_app.profile.draft() is not None, timeout=WAIT_MS)
    assert demo_app.profile.get().headline != "Nurse turned PM"

    page = ProfilePage(demo_app)
    qtbot.addWidget(page)
    assert page.banner.label.text().startswith("Unsaved changes to your profile from ")
    page.banner.restore_button.click()
    assert text_of(page, "headline") == "Nurse turned PM" and page.has_unsaved_changes
    assert page.save()
    assert demo_app.profile.get().headline == "Nurse turned PM"
    assert demo_app.profile.draft() is None


def test_the_quit_question_keeps_the_typing_first(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    """Asked on quit (or on a logout's SIGTERM), the edits are kept before the question is up:
    a kill while it waits for an answer loses nothing typed in the last 0.8 s."""
    window = make_window(qtbot, demo_app, tmp_path)
    grace = demo_app.contacts.find("Grace Adeyemi")
    window.open_contact(grace.id)
    type_into(qtbot, window.contacts_page.form.editor("role"), "Chief Nurse")
    window.show_section("profile")
    type_into(qtbot, window.profile_page.form.editor("headline"), "Nurse turned PM")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.close()  # no event loop turn between typing and the question
    assert window.isVisible() and len(dialogs.asked) >= 1
    draft = demo_app.contacts.draft(grace.id)
    assert draft is not None and draft.fields["role"] == "Chief Nurse"
    window.contacts_page.drafts.timer.cancel()
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.close()
    profile = demo_app.profile.draft()
    assert profile is None  # discarded when asked: forgotten, not offered next time
