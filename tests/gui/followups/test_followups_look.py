"""How the Follow-ups page and its dialogs look: the dialogs are wide enough to show their
hints whole (a narrow "Log a touch" cut "One line: what it was about"), and with no
follow-up chosen the page shows no empty form (a made-up due date, a blank email)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.domain.followups import FollowUpKind
from netprep.domain.records import Contact
from netprep.gui.followups.add_dialog import AddFollowUpDialog
from netprep.gui.followups.choice_box import ElidedComboBox
from netprep.gui.followups.page import FollowUpsPage
from netprep.gui.followups.touch_dialog import TouchDialog
from netprep.services.followups import FollowUpFilter

FRAME = 24  # a line edit's frame and text margins, both sides


def test_log_a_touch_shows_the_notes_hint_whole(qtbot: QtBot, app: App) -> None:
    ada = app.contacts.save(Contact(name="Ada Lovelace"))
    dialog = TouchDialog(app, ada.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.note.placeholderText()
    assert dialog.note.width() >= dialog.note.fontMetrics().horizontalAdvance(hint) + FRAME


def test_add_follow_up_shows_the_hint_whole(qtbot: QtBot, app: App) -> None:
    ada = app.contacts.save(Contact(name="Ada Lovelace"))
    dialog = AddFollowUpDialog(app, ada.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    what = dialog.text
    assert what.width() >= what.fontMetrics().horizontalAdvance(what.placeholderText()) + FRAME


def test_no_follow_up_chosen_shows_no_empty_form(qtbot: QtBot, app: App) -> None:
    page = FollowUpsPage(app)
    qtbot.addWidget(page)
    page.show()
    detail = page.detail
    assert detail.item is None and "Choose a follow-up" in detail.title.text()
    assert not detail.editors.isVisible()  # no made-up due date nor blank email under it


def test_a_long_insight_to_quote_ends_in_an_ellipsis_not_mid_word(qtbot: QtBot, app: App) -> None:
    seed_demo(app)
    page = FollowUpsPage(app)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    page.show_filter(FollowUpFilter.ALL)
    thank_you = next(
        f for f in app.store.followups.all() if f.kind is FollowUpKind.THANK_YOU and f.meeting_id
    )
    page.detail.show_item(thank_you)
    combo = page.detail.choice
    assert isinstance(combo, ElidedComboBox) and combo.isVisible()
    whole = combo.currentText()
    combo.setFixedWidth(200)
    shown = combo.shown_text()
    assert shown.endswith("…") and whole.startswith(shown[:-1])
    combo.setFixedWidth(4000)
    assert combo.shown_text() == whole
    assert combo.minimumSizeHint().width() < 400  # a long insight never widens the page
