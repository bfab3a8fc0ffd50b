"""A German user reads what the services say in German, room by room: a real error raised
through a service, shown by the page that caught it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.cadence import Interval
from netprep.domain.records import Circle, Contact
from netprep.domain.referrals import Referral
from netprep.gui.followups.add_dialog import AddFollowUpDialog
from netprep.gui.meetings.agenda_editor import AgendaEditorDialog
from netprep.gui.referrals.page import ReferralsPage
from netprep.gui.review.draft_tabs import DraftEditor
from netprep.gui.review.settings_dialog import ReviewSettingsDialog
from netprep.gui.shell.translation import install_translators, remove_translators
from netprep.gui.transfer.preview_dialog import ImportPreviewDialog
from netprep.gui.transfer.rows_model import RowsModel
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from tests.gui.helpers import DialogAnswers, make_window, type_into

FIXTURES = Path(__file__).parents[2] / "fixtures" / "transfer"


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[None]:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    installed = install_translators(qt_app, QLocale("de_DE"))
    yield
    remove_translators(qt_app, installed)
    QLocale.setDefault(before)


def test_a_field_check_is_explained_in_german_under_the_field(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers, german: None
) -> None:
    window = make_window(qtbot, app, tmp_path)
    page = window.contacts_page
    window.commands["new_contact"].trigger()
    type_into(qtbot, page.form.editor("name"), "Dana Kim")
    type_into(qtbot, page.form.editor("emails"), "dana.example.org")
    window.commands["save"].trigger()
    error = page.form._errors["emails"]
    assert error.isVisibleTo(window)
    assert error.text() == (
        "„dana.example.org“ sieht nicht nach einer E-Mail-Adresse (name@example.org) aus."
    )


def test_an_import_of_a_damaged_file_is_refused_in_german(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers, german: None
) -> None:
    window = make_window(qtbot, app, tmp_path)
    window.transfer.import_file(FIXTURES / "linkedin_truncated.csv")  # a download cut off
    qtbot.waitUntil(lambda: bool(dialogs.warnings), timeout=20_000)
    assert "linkedin_truncated.csv endet mitten in einer Zeile (Zeile" in dialogs.warnings[0]
    assert "Die Datei scheint abgeschnitten." in dialogs.warnings[0]
    assert len(app.store.contacts) == 0


def test_a_meeting_with_a_deleted_contact_is_refused_in_german(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers, german: None
) -> None:
    window = make_window(qtbot, app, tmp_path)
    gone = app.contacts.save(Contact(name="Sam Lee"))
    app.contacts.delete(gone.id)
    assert window.meet_now(gone.id) is None
    assert dialogs.warnings[-1].endswith(": Diesen Kontakt gibt es nicht mehr.")


def test_a_follow_up_without_words_is_refused_in_german(
    qtbot: QtBot, app: App, german: None
) -> None:
    person = app.contacts.save(Contact(name="Sam Lee"))
    dialog = AddFollowUpDialog(app, person.id)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.error_label.text() == "Beschreiben Sie das Follow-up in wenigen Worten."


def test_the_agenda_editor_refuses_in_german(qtbot: QtBot, app: App, german: None) -> None:
    editor = AgendaEditorDialog(app.briefs.default_agenda()[:1], lambda _agenda: None)
    qtbot.addWidget(editor)
    editor.list.setCurrentRow(0)
    editor.remove_phase()  # a domain rule (AgendaError), worded as a template
    assert editor.error_label.text() == (
        "Die Agenda braucht mindestens eine Phase, die letzte kann also nicht entfernt werden."
    )


def test_review_settings_name_the_circle_in_german(qtbot: QtBot, app: App, german: None) -> None:
    settings = app.review.settings.get()
    broken = settings.with_interval(Circle.STAY_IN_TOUCH, Interval(90, 30))
    with pytest.raises(UserError) as refused:
        app.review.save_settings(broken)
    assert str(refused.value) == "Stay in touch: The maximum cannot be shorter than the ideal."
    german_text = "In Kontakt bleiben: Der längste Abstand kann nicht kürzer sein als der ideale."
    assert said(refused.value) == german_text
    dialog = ReviewSettingsDialog(app.review)  # the same refusal, as the dialog shows it
    qtbot.addWidget(dialog)
    ideal, longest = dialog.interval_boxes[Circle.STAY_IN_TOUCH]
    ideal.setValue(90)
    longest.setValue(30)
    dialog.save()
    assert dialog.error.text() == german_text


def test_a_review_draft_says_in_german_why_it_proposes_no_times(
    qtbot: QtBot, demo_app: App, german: None
) -> None:
    profile = demo_app.profile.get()
    profile.availability = ""
    demo_app.profile.save(profile)
    draft = demo_app.review.drafts(demo_app.review.suggested()[:1])[0]
    editor = DraftEditor(draft, lambda *_: None, ("Me", "me@example.org"))
    qtbot.addWidget(editor)
    assert "Keine Terminvorschläge: Tragen Sie Ihre Verfügbarkeit" in editor.notes.text()
    assert "No times proposed" not in editor.notes.text()


def test_the_import_preview_says_in_german_why_rows_are_skipped_or_cut(
    qtbot: QtBot, app: App, tmp_path: Path, german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ImportPreviewDialog] = []

    def look(dialog: ImportPreviewDialog) -> int:
        shown.append(dialog)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(ImportPreviewDialog, "exec", look)
    connections = tmp_path / "Connections.csv"
    connections.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        ",,,,,,01 Mar 2024\n"
        "Ann,Lee,,ann@@example,Acme,CTO,sometime\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, app, tmp_path)
    window.transfer.import_file(connections)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)

    def cells(model: RowsModel) -> list[str]:
        return [str(model.index(r, 1).data()) for r in range(model.rowCount())]

    assert cells(shown[0].skipped_model) == ["kein Name (jemand, der LinkedIn verlassen hat)"]
    problems = cells(shown[0].problem_model)
    assert problems[0].startswith("E-Mail „ann@@example“ weggelassen: ")
    assert problems[1] == "Datum „sometime“ nicht verstanden"
    assert len(app.store.contacts) == 0  # the preview was cancelled


def test_a_referral_already_done_is_refused_in_german(
    qtbot: QtBot, demo_app: App, dialogs: DialogAnswers, german: None
) -> None:
    elena = demo_app.contacts.all()[0]
    referral = demo_app.store.referrals.save(
        Referral(meeting_id="m1", referrer_id=elena.id, name="Priya Nair")
    )
    page = ReferralsPage(demo_app)
    qtbot.addWidget(page)
    while referral.status.next is not None:
        referral, _ = demo_app.referrals.advance(referral.id)
    page._current_referral = referral.id  # as if chosen in the tree
    page.advance_current()
    assert dialogs.warnings == [
        f"Empfehlung nicht aktualisiert: {referral.name} ist bereits abgeschlossen: "
        "Der empfehlenden Person wurde gedankt."
    ]
