"""Follow-ups as services: the demo's loop, filters, done/snooze/edit/delete, drafts, sending,
and logged touches counting as "last contacted"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from email import message_from_bytes
from pathlib import Path
from urllib.parse import unquote

import pytest

from netprep.composition import App, memory_app, seed_demo
from netprep.domain.clock import ManualClock
from netprep.domain.followup_drafts import EmailDraft
from netprep.domain.followups import FollowUpKind, FollowUpState, IntroductionStep
from netprep.domain.records import InteractionKind
from netprep.domain.referrals import ReferralStatus
from netprep.services.errors import NotFoundError, UserError
from netprep.services.followups import FollowUpFilter
from netprep.services.followups.mail import MAX_MAILTO, eml_bytes, mailto_url, save_eml

TODAY = date(2026, 11, 25)  # the ManualClock's day, and the demo's as_of


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def app(clock: ManualClock) -> Iterator[App]:
    opened = memory_app(clock)
    seed_demo(opened)
    yield opened
    opened.close()


def thank_you_id(app: App) -> str:
    return next(r.item.id for r in app.followups.rows() if r.item.kind is FollowUpKind.THANK_YOU)


def test_the_demo_shows_the_whole_loop(app: App) -> None:
    past = app.meetings.past()
    assert [app.meetings.contact_name(m) for m in past] == ["Elena Vasquez"]
    assert past[0].when is not None and past[0].when.date() < TODAY
    states = {r.name: r.status for r in app.referrals.all()}
    assert states == {"Priya Nair": ReferralStatus.CONTACTED, "Marcus Webb": ReferralStatus.ASKED}
    assert all(r.contact_id for r in app.referrals.all())  # both are contacts now
    counts = app.followups.counts()
    assert counts[FollowUpFilter.OVERDUE] == 1 and counts[FollowUpFilter.DONE] >= 1
    assert counts[FollowUpFilter.UPCOMING] >= 1
    assert app.today.summary().followups_due == counts[FollowUpFilter.DUE]


def test_filters_split_the_list_by_state(app: App) -> None:
    every = app.followups.rows(FollowUpFilter.ALL)
    for show in (FollowUpFilter.OVERDUE, FollowUpFilter.UPCOMING, FollowUpFilter.DONE):
        assert {r.state.value for r in app.followups.rows(show)} == {show.value}
    due = app.followups.rows(FollowUpFilter.DUE)
    assert {r.state for r in due} <= {FollowUpState.OVERDUE, FollowUpState.DUE}
    counts = app.followups.counts()
    due_today = counts[FollowUpFilter.DUE] - counts[FollowUpFilter.OVERDUE]
    rest = (
        counts[FollowUpFilter.OVERDUE]
        + counts[FollowUpFilter.UPCOMING]
        + counts[FollowUpFilter.DONE]
    )
    assert len(every) == counts[FollowUpFilter.ALL] == due_today + rest
    assert every[-1].item.done  # done ones last


def test_done_snooze_edit_delete_and_undo(app: App, clock: ManualClock) -> None:
    item_id = thank_you_id(app)
    snoozed = app.followups.snooze(item_id, 3)
    assert snoozed.due == TODAY + timedelta(days=3)
    edited = app.followups.update(item_id, text="  Thank   Elena  ", due=TODAY)
    assert edited.text == "Thank Elena" and edited.due == TODAY
    with pytest.raises(UserError, match="Say what the follow-up is"):
        app.followups.update(item_id, text="   ")
    done = app.followups.set_done(item_id)
    assert done.done and done.done_at == clock.now()
    with pytest.raises(UserError, match="reopen it"):
        app.followups.snooze(item_id)
    assert not app.followups.set_done(item_id, False).done
    removed = app.followups.delete(item_id)
    with pytest.raises(NotFoundError):
        app.followups.get(item_id)
    app.followups.restore(removed)
    assert app.followups.get(item_id).text == "Thank Elena"


def test_a_follow_up_added_by_hand_and_an_introduction(app: App) -> None:
    grace, daniel = app.contacts.find("Grace Adeyemi"), app.contacts.find("Daniel Mensah")
    article = app.followups.add(grace.id, "article", "Send Grace the virtual wards paper", TODAY)
    assert article.kind is FollowUpKind.ARTICLE
    assert app.followups.email(article.id).body.startswith("Hi Grace,")
    intro = app.followups.add(
        grace.id, FollowUpKind.INTRODUCTION, "Introduce Grace to Daniel", other_contact_id=daniel.id
    )
    steps = app.followups.introduction_emails(intro.id)
    assert [label for label, _ in steps][2] == "3. Introduce them (both said yes)"
    assert "Would you be open to an introduction?" in steps[0][1].body
    assert steps[1][1].body.startswith("Hi Daniel,") and "Grace Adeyemi" in steps[1][1].body
    with pytest.raises(UserError, match="second, different contact"):
        app.followups.add(grace.id, FollowUpKind.INTRODUCTION, "Intro", other_contact_id=grace.id)
    with pytest.raises(UserError, match="not a kind of follow-up"):
        app.followups.add(grace.id, "fax", "Fax Grace")


def test_the_thank_you_quotes_the_insight_the_user_picks(app: App) -> None:
    item_id = thank_you_id(app)
    insights = app.followups.insights(item_id)
    assert len(insights) == 3
    first = app.followups.email(item_id).body
    assert "your team now runs usability sessions" in first  # "her team" spoken to her
    picked = app.followups.quote_insight(item_id, 2).draft
    assert "“Write up one real workflow problem end to end as a case study" in picked
    assert "twenty minutes" in picked  # the shipped agenda's real length
    with pytest.raises(UserError, match="Pick one of the insights"):
        app.followups.quote_insight(item_id, 7)


def test_another_quote_keeps_the_users_edits(app: App) -> None:
    item_id = thank_you_id(app)
    assert app.followups.quoted_insight(item_id) == 0
    edited = app.followups.email(item_id).body + "\n\nPS: the flyer is attached."
    app.followups.update(item_id, draft=edited)
    swapped = app.followups.swap_quote(item_id, 2)
    assert swapped is not None and swapped.draft.endswith("PS: the flyer is attached.")
    assert "“Write up one real workflow problem end to end as a case study" in swapped.draft
    assert "usability sessions" not in swapped.draft
    assert app.followups.quoted_insight(item_id) == 2
    assert app.followups.swap_quote(item_id, 2) == swapped  # quoted already: unchanged
    # The quote rewritten by hand: no sentence to swap, so nothing changes unasked.
    rewritten = swapped.draft.replace("hiring managers read that", "managers read it")
    app.followups.update(item_id, draft=rewritten)
    assert app.followups.quoted_insight(item_id) is None
    assert app.followups.swap_quote(item_id, 0) is None
    assert app.followups.get(item_id).draft == rewritten
    assert app.followups.quoted_insight(item_id, swapped.draft) == 2  # as it is being typed
    with pytest.raises(UserError, match="Pick one of the insights"):
        app.followups.swap_quote(item_id, 7)


def test_each_introduction_step_keeps_its_edited_email(app: App) -> None:
    grace, jonas = app.contacts.find("Grace Adeyemi"), app.contacts.find("Jonas Lindqvist")
    intro = app.followups.add(
        grace.id, FollowUpKind.INTRODUCTION, "Introduce Grace and Jonas", other_contact_id=jonas.id
    )
    fresh = [draft.body for _, draft in app.followups.introduction_emails(intro.id)]
    app.followups.update(intro.id, draft="Hi both, MY EDIT", step=IntroductionStep.INTRODUCE)
    app.followups.update(intro.id, draft="Hi Jonas, MY EDIT", step="ask_other")
    steps = app.followups.introduction_emails(intro.id)
    assert [draft.body for _, draft in steps] == [fresh[0], "Hi Jonas, MY EDIT", "Hi both, MY EDIT"]
    assert steps[2][1].subject == "Grace Adeyemi ↔ Jonas Lindqvist"  # only the body is edited
    app.followups.update(intro.id, draft="Hi Grace, MY EDIT")  # the first step: its draft
    assert app.followups.get(intro.id).draft == "Hi Grace, MY EDIT"
    assert app.followups.introduction_emails(intro.id)[0][1].body == "Hi Grace, MY EDIT"
    with pytest.raises(ValueError, match="one email"):
        app.followups.update(thank_you_id(app), draft="Hi", step=IntroductionStep.INTRODUCE)


def test_sending_marks_done_and_logs_an_email_touch(app: App, clock: ManualClock) -> None:
    item_id = thank_you_id(app)
    elena = app.contacts.find("Elena Vasquez")
    draft = app.followups.email(item_id)
    assert draft.to == elena.primary_email and draft.subject == "Thank you for your time"
    app.followups.mark_sent(item_id, draft)
    assert app.followups.get(item_id).done
    touches = app.touches.for_contact(elena.id)
    assert (touches[0].kind, touches[0].when) == (InteractionKind.EMAIL, clock.now())
    assert app.touches.last_contacted(elena.id) == clock.now()


def test_mailto_is_kept_short_and_eml_is_a_real_email(tmp_path: Path) -> None:
    draft = EmailDraft("elena@example.org", "Thank you & more", "Hi Elena,\n\nThanks — really.")
    url = mailto_url(draft)
    assert url is not None and url.startswith("mailto:elena@example.org?subject=Thank%20you")
    assert unquote(url.split("body=")[1]) == draft.body
    assert mailto_url(EmailDraft("a@b.c", "s", "x" * MAX_MAILTO)) is None
    saved = save_eml(tmp_path / "thanks", eml_bytes(draft, sender_email="me@example.com"))
    assert saved.suffix == ".eml"
    message = message_from_bytes(saved.read_bytes())
    assert message["To"] == "elena@example.org" and message["Subject"] == "Thank you & more"
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes) and "Thanks — really." in payload.decode("utf-8")


def test_a_logged_touch_counts_as_last_contacted(app: App, clock: ManualClock) -> None:
    kwame = app.contacts.find("Kwame Boateng")
    touch = app.touches.log(kwame.id, "met", on=TODAY - timedelta(days=1), note="At the market")
    assert touch.kind is InteractionKind.MET and touch.summary == "At the market"
    assert app.touches.last_contacted(kwame.id) == touch.when
    call = app.touches.log(kwame.id, InteractionKind.CALL)
    assert app.touches.last_contacted(kwame.id) == call.when == clock.now()
    with pytest.raises(UserError, match="in the future"):
        app.touches.log(kwame.id, "call", on=TODAY + timedelta(days=1))
    with pytest.raises(UserError, match="not a kind of touch"):
        app.touches.log(kwame.id, "fax")
    with pytest.raises(NotFoundError):
        app.touches.log("nobody", "call")
