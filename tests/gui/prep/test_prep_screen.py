"""Preparing a meeting in the window: pick, build, swap, edit, save, reopen, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App, open_app
from netprep.domain.brief.model import QuestionKind
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.gui.meetings.page import MeetingsPage, MeetNowDialog
from netprep.gui.prep.screen import PrepScreen
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.widgets.contact_picker import MAX_MATCHES, ContactPicker
from netprep.services.brief_editing import alternatives_for
from tests.gui.helpers import DialogAnswers, make_window, type_into
from tests.gui.pdf_probe import PdfProbe, squash


def open_prep(qtbot: QtBot, window: MainWindow) -> PrepScreen:
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_P, ctrl_shift)
    assert window.current_section() == "meetings"
    assert window.meetings_page.is_preparing()
    return window.meetings_page.prep


def pick(qtbot: QtBot, prep: PrepScreen, typed: str, expected: str) -> None:
    """Type into the contact field and choose the first suggestion with the keyboard."""
    qtbot.keyClicks(prep.picker.edit, typed)
    popup = prep.picker.popup
    assert popup.isVisible()
    assert popup.model().index(0, 0).data() == expected
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert prep.picker.contact() is not None
    assert prep.picker.contact().name == expected  # type: ignore[union-attr]


def build_pending(prep: PrepScreen) -> None:
    """The brief follows the form after a short debounce: check it is pending, then run it."""
    assert prep.rebuild_pending
    prep.flush_pending_rebuild()
    assert not prep.rebuild_pending


@pytest.fixture
def window(qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers) -> MainWindow:
    return make_window(qtbot, demo_app, tmp_path)


def test_prepare_swap_edit_save_and_reopen(
    qtbot: QtBot, window: MainWindow, demo_app: App, clock: ManualClock
) -> None:
    prep = open_prep(qtbot, window)
    assert not prep.panel.has_brief  # nothing to show before a contact is chosen
    # The brief follows the form after a short pause, built off the GUI thread.
    with qtbot.waitSignal(prep.brief_built, timeout=10_000):
        pick(qtbot, prep, "dan", "Daniel Mensah")
        assert prep.rebuild_pending
    editor = prep.editor
    assert prep.panel.has_brief
    kinds = [q.kind for q in editor.brief().questions]
    assert kinds == [QuestionKind.VIEW, QuestionKind.HOW, QuestionKind.ADVICE]

    purpose = "How a nurse can show ward experience as product work"
    type_into(qtbot, prep.purpose, purpose)
    build_pending(prep)
    assert editor.brief().purpose == purpose
    type_into(qtbot, prep.where, "Monmouth Coffee, Borough Market")

    # Swap the second question for the first alternative of the same kind, in one click.
    before = editor.brief()
    row = editor.questions[1]
    offered = alternatives_for(before, 1)
    assert offered, "the demo contact should have alternatives for the 'how' question"
    assert len(row.swap_actions()) == len(offered)
    row.swap_actions()[0].trigger()
    swapped = editor.brief()
    assert swapped.questions[1].text == offered[0].text
    assert swapped.questions[1].kind == before.questions[1].kind
    assert before.questions[1].text in [a.text for a in swapped.alternatives]
    assert row.text.toPlainText() == offered[0].text

    # Edit the summary in place: the timing follows; the brief is now the user's.
    sentence = "I'd love to hear how you made the jump from the ward to product."
    type_into(qtbot, editor.sentences[2], sentence)
    words = sum(len(s.split()) for s in editor.brief().summary)
    assert editor.timing.text().startswith(f"{words} words")
    assert "yours" in prep.brief_status.text().lower()

    # Form changes no longer rebuild it; a banner offers to.
    type_into(qtbot, prep.purpose, "Something else entirely")
    assert not prep.rebuild_pending
    assert prep.edited_banner.isVisibleTo(prep)
    assert editor.brief().summary[2] == sentence
    type_into(qtbot, prep.purpose, purpose)

    window.commands["save"].trigger()
    page = window.meetings_page
    assert not page.is_preparing()
    upcoming = demo_app.meetings.upcoming()
    assert len(upcoming) == 1
    meeting = upcoming[0]
    assert meeting.where == "Monmouth Coffee, Borough Market"
    assert meeting.purpose == purpose
    assert meeting.brief is not None
    assert meeting.brief.summary[2] == sentence
    assert meeting.brief.questions[1].text == offered[0].text
    assert page.upcoming_list.count() == 1
    assert "Daniel Mensah" in page.upcoming_list.item(0).text()
    assert sentence in page.viewer.toPlainText()

    # Reopen: the edited brief comes back as it was saved, not rebuilt.
    page.edit_button.click()
    assert page.is_preparing()
    reopened = prep.editor.brief()
    assert reopened.summary == meeting.brief.summary
    assert [q.text for q in reopened.questions] == [q.text for q in meeting.brief.questions]
    assert prep.purpose.toPlainText() == purpose
    assert not prep.rebuild_pending
    prep.cancel_button.click()

    # And from a fresh open of the store.
    assert demo_app.data_dir is not None
    fresh = open_app(demo_app.data_dir, clock, read_only=True)
    try:
        stored = fresh.store.meetings.get(meeting.id)
    finally:
        fresh.close()
    assert stored is not None and stored.brief is not None
    assert stored.brief.summary[2] == sentence
    assert [q.text for q in stored.brief.questions] == [q.text for q in meeting.brief.questions]


def test_rebuild_brief_replaces_edits_only_when_asked(
    qtbot: QtBot, window: MainWindow, dialogs: DialogAnswers
) -> None:
    prep = open_prep(qtbot, window)
    pick(qtbot, prep, "Grace", "Grace Adeyemi")
    build_pending(prep)
    original = prep.editor.brief().summary
    type_into(qtbot, prep.editor.sentences[0], "I am an ICU nurse.")
    type_into(qtbot, prep.where, "Video call")
    assert prep.edited_banner.isVisibleTo(prep)

    dialogs.answer = dialogs.answer.No
    prep.rebuild_button.click()
    assert prep.editor.brief().summary[0] == "I am an ICU nurse."

    dialogs.answer = dialogs.answer.Yes
    with qtbot.waitSignal(prep.brief_built, timeout=10_000):
        prep.rebuild_button.click()
    assert "Rebuild" in dialogs.asked[-1]
    assert prep.editor.brief().summary == original
    assert not prep.edited_banner.isVisibleTo(prep)
    assert "follows the form" in prep.brief_status.text().lower()


def test_saving_without_a_contact_points_at_the_field(
    qtbot: QtBot, window: MainWindow, demo_app: App
) -> None:
    prep = open_prep(qtbot, window)
    qtbot.keyClicks(prep.picker.edit, "Nobody Known")
    assert prep.save() is None
    assert prep.contact_error.isVisibleTo(prep)
    assert demo_app.meetings.upcoming() == []


def test_long_summary_warns_over_a_minute(qtbot: QtBot, window: MainWindow) -> None:
    prep = open_prep(qtbot, window)
    pick(qtbot, prep, "Sofia", "Sofia Marchetti")
    build_pending(prep)
    long_sentence = " ".join(["I have worked on many different kinds of ward software"] * 16)
    type_into(qtbot, prep.editor.sentences[1], long_sentence)
    assert prep.editor.summary_too_long
    assert "over a minute" in prep.editor.timing.text()
    assert prep.editor.brief().summary_too_long


def saved_meeting(qtbot: QtBot, window: MainWindow, typed: str, name: str) -> MeetingsPage:
    prep = open_prep(qtbot, window)
    pick(qtbot, prep, typed, name)
    build_pending(prep)
    prep.save_button.click()
    page = window.meetings_page
    assert page.current_meeting() is not None
    return page


def test_export_pdf_and_pocket_card_from_the_meetings_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = saved_meeting(qtbot, window, "Tomasz", "Tomasz Kowalski")
    meeting = page.current_meeting()
    assert meeting is not None and meeting.brief is not None
    offered: list[str] = []

    def choose(suggested: str, _filter: str) -> str:
        offered.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).name)

    page.output.choose_path = choose
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_E, ctrl_shift)
    assert offered[-1].startswith("brief-tomasz-kowalski-") and offered[-1].endswith(".pdf")
    data = (tmp_path / offered[-1]).read_bytes()
    assert data.startswith(b"%PDF-")
    probe = PdfProbe(data)
    text = squash(probe.text())
    for question in meeting.brief.questions:
        assert squash(question.text) in text

    pocket = next(a for a in page.export_button.menu().actions() if "Pocket" in a.text())
    pocket.trigger()
    card = PdfProbe((tmp_path / offered[-1]).read_bytes())
    assert offered[-1].startswith("pocket-card-")
    width, height = card.media_box(card.pages()[0])[2:]
    assert round(width / 72 * 25.4) == 105 and round(height / 72 * 25.4) == 148  # A6
    card_text = squash(card.text())
    assert all(squash(q.text) in card_text for q in meeting.brief.questions)
    assert squash("Three contacts") not in card_text  # no agenda on the card

    markdown = next(a for a in page.export_button.menu().actions() if "Markdown" in a.text())
    markdown.trigger()
    exported = (tmp_path / offered[-1]).read_text(encoding="utf-8")
    assert exported.startswith("# Tomasz Kowalski")


def test_copy_and_print_the_selected_brief(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = saved_meeting(qtbot, window, "Elena", "Elena Vasquez")
    meeting = page.current_meeting()
    assert meeting is not None and meeting.brief is not None
    page.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    pasted = clipboard.mimeData()
    assert meeting.brief.questions[0].text in pasted.text()
    assert pasted.hasHtml() and "Elena Vasquez" in pasted.html()

    printed = tmp_path / "printed.pdf"

    class ToFile:
        def __init__(self, printer: QPrinter, _parent: QWidget | None) -> None:
            self.printer = printer

        def exec(self) -> int:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(printed))
            return QDialog.DialogCode.Accepted.value

    page.output.print_dialog_factory = ToFile
    page.print_button.click()
    text = squash(PdfProbe(printed.read_bytes()).text())
    assert squash(meeting.brief.questions[2].text) in text


def test_a_broken_user_template_is_named_and_the_default_used(
    qtbot: QtBot, window: MainWindow, demo_app: App, dialogs: DialogAnswers, tmp_path: Path
) -> None:
    assert demo_app.data_dir is not None
    templates = demo_app.data_dir / "templates"
    templates.mkdir()
    (templates / "brief.md.j2").write_text(
        "# {{ contact.name }}\n\n{{ contact.nickname.upper() }}\n", encoding="utf-8"
    )
    page = saved_meeting(qtbot, window, "Jonas", "Jonas Lindqvist")
    qtbot.waitUntil(lambda: page.template_warning.isVisibleTo(page))  # rendered off the GUI thread
    assert "brief.md.j2, line 3" in page.template_warning.text()
    assert "Three insight questions" in page.viewer.toPlainText()  # the default, still readable

    page.output.choose_path = lambda suggested, _f: str(tmp_path / "out.md")
    page.export_pdf()
    assert any("brief.md.j2" in warning for warning in dialogs.warnings)


def test_start_and_meet_now_signals(
    qtbot: QtBot, window: MainWindow, demo_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = saved_meeting(qtbot, window, "Kwame", "Kwame Boateng")
    meeting = page.current_meeting()
    assert meeting is not None
    with qtbot.waitSignal(page.start_meeting, timeout=1000) as started:
        page.start_button.click()
    assert started.args == [meeting.id]

    def answer(dialog: MeetNowDialog) -> int:
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.picker.edit, "Rahul")
        activated: Any = dialog.picker.completer.activated
        activated[QModelIndex].emit(dialog.picker.matches.index(0, 0))
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MeetNowDialog, "exec", answer)
    with qtbot.waitSignal(page.meet_now, timeout=1000) as meet:
        page.meet_now_button.click()
    assert meet.args == [demo_app.contacts.find("Rahul Iyer").id]


def test_picker_offers_few_rows_among_thirty_thousand(qtbot: QtBot) -> None:
    contacts = [
        Contact(name=f"Person {n:05d}", company=f"Company {n % 700}", role="Engineer")
        for n in range(30_000)
    ]
    contacts.append(Contact(name="Zoë Okafor", company="Lumen Labs", interests=["ceramics"]))
    picker = ContactPicker()
    qtbot.addWidget(picker)
    picker.set_contacts(contacts)
    picker.show()
    qtbot.keyClicks(picker.edit, "Person")
    assert picker.matches.rowCount() == MAX_MATCHES
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "lumen cer")  # words of the company and an interest
    assert picker.matches.rowCount() == 1
    assert picker.matches.index(0, 0).data() == "Zoë Okafor"


def test_an_edited_brief_is_not_saved_for_another_contact(
    qtbot: QtBot, window: MainWindow, demo_app: App, dialogs: DialogAnswers
) -> None:
    prep = open_prep(qtbot, window)
    pick(qtbot, prep, "Hiroshi", "Hiroshi Tanaka")
    build_pending(prep)
    type_into(qtbot, prep.editor.sentences[0], "I'm an ICU nurse moving into product.")
    prep.picker.edit.clear()
    pick(qtbot, prep, "Jonas", "Jonas Lindqvist")
    assert "prepared for Hiroshi Tanaka" in prep.banner_label.text()
    assert prep.save() is None
    assert "someone else" in dialogs.warnings[-1]
    assert demo_app.meetings.upcoming() == []

    with qtbot.waitSignal(prep.brief_built, timeout=10_000):
        prep.rebuild_button.click()  # dialogs answer Yes
    assert prep.editor.brief().contact_id == demo_app.contacts.find("Jonas").id
    assert prep.save() is not None
