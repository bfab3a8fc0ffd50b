"""The Referrals page's empty message tells the truth: never "No referrals yet" above a tree
of who referred whom, and "nothing waiting" once every name has been followed up."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.domain.records import Contact
from netprep.domain.referrals import ReferralStatus
from netprep.gui.referrals.page import ReferralsPage


def shown(page: ReferralsPage) -> tuple[str, bool]:
    """The empty message (if shown) and whether the list of referrals is shown."""
    message = page.empty_label.text() if page.empty_label.isVisibleTo(page) else ""
    return message, page.pending.isVisibleTo(page)


def test_a_new_user_is_told_there_are_none_yet_and_how_they_come(qtbot: QtBot, app: App) -> None:
    page = ReferralsPage(app)
    qtbot.addWidget(page)
    message, listed = shown(page)
    assert message.startswith("No referrals yet") and not listed
    assert page.tree.topLevelItemCount() == 0
    assert not page.tree_box.isVisibleTo(page)  # no empty "Who referred whom" box beneath


def test_contacts_referred_by_hand_are_not_called_no_referrals(qtbot: QtBot, app: App) -> None:
    grace = app.contacts.save(Contact(name="Grace Adeyemi"))
    app.contacts.save(Contact(name="Daniel Mensah", referred_by=grace.id))
    page = ReferralsPage(app)
    qtbot.addWidget(page)
    message, listed = shown(page)
    assert page.tree.topLevelItemCount() == 1  # Grace, with Daniel beneath
    assert page.tree_box.isVisibleTo(page)
    assert message and "No referrals yet" not in message and not listed
    assert "who referred whom" in message


def test_names_to_act_on_are_listed_without_an_empty_message(qtbot: QtBot, app: App) -> None:
    seed_demo(app)
    page = ReferralsPage(app)
    qtbot.addWidget(page)
    message, listed = shown(page)
    assert message == "" and listed and page.pending.topLevelItemCount() >= 1


def test_when_every_referrer_is_thanked_it_says_nothing_is_waiting(qtbot: QtBot, app: App) -> None:
    seed_demo(app)
    for referral in app.referrals.all():
        while referral.status is not ReferralStatus.REFERRER_THANKED:
            referral, _created = app.referrals.advance(referral.id)
    page = ReferralsPage(app)
    qtbot.addWidget(page)
    message, listed = shown(page)
    assert message.startswith("Nothing waiting for you") and not listed
    page.show_done.setChecked(True)  # the finished ones, on request
    message, listed = shown(page)
    assert message == "" and listed
