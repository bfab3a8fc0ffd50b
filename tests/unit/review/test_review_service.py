"""The weekly review as a use case: ranked with reasons, three suggested, drafts grounded in
the notes, times that fit, marking sent logs a touch, the log and its streak."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from netprep.composition import App
from netprep.domain.cadence import CadenceState, Interval
from netprep.domain.clock import ManualClock
from netprep.domain.followups import FollowUp, FollowUpKind
from netprep.domain.meeting import Meeting
from netprep.domain.records import REVIEW_SOURCE, Circle, Contact, Interaction, InteractionKind
from netprep.services.errors import UserError, ValidationError


def names(app: App) -> list[str]:
    return [c.contact.name for c in app.review.candidates()]


def test_overdue_first_each_with_its_reasons(demo: App) -> None:
    candidates = demo.review.candidates()
    states = [c.status.state for c in candidates]
    assert states == sorted(states, key=lambda s: s is not CadenceState.OVERDUE)
    kwame = candidates[0]
    assert kwame.contact.name == "Kwame Boateng" and kwame.status.state is CadenceState.OVERDUE
    assert kwame.reasons[0].startswith("Last contact 101 days ago: a meeting on 25 Aug 2026")
    assert "past the longest gap of 45 days" in kwame.reasons[0]
    assert any(r.startswith("Their current project: Moving the firm") for r in kwame.reasons)


def test_someone_with_a_meeting_planned_is_not_on_the_list(demo: App) -> None:
    assert "Sofia Marchetti" in names(demo)
    sofia = demo.contacts.find("Sofia Marchetti")
    demo.store.meetings.save(Meeting(contact_id=sofia.id, when=datetime(2026, 12, 9, tzinfo=UTC)))
    assert "Sofia Marchetti" not in names(demo)


def test_a_promise_pending_lifts_a_contact_and_is_a_reason(demo: App) -> None:
    jonas = demo.contacts.find("Jonas Lindqvist")
    assert "Jonas Lindqvist" not in names(demo)  # touched recently, nothing pending
    demo.store.followups.save(
        FollowUp(contact_id=jonas.id, kind=FollowUpKind.OFFER, text="Send Jonas the ward survey")
    )
    jonas_row = next(c for c in demo.review.candidates() if c.contact.id == jonas.id)
    assert "You promised: Send Jonas the ward survey" in jonas_row.reasons


def test_snoozed_contacts_wait_and_bad_snoozes_are_refused(demo: App, clock: ManualClock) -> None:
    kwame = demo.contacts.find("Kwame Boateng")
    demo.review.snooze(kwame.id, clock.now().date() + timedelta(days=14))
    assert "Kwame Boateng" not in names(demo)
    clock.advance(15 * 24 * 3600)
    assert "Kwame Boateng" in names(demo)
    with pytest.raises(UserError, match="after today"):
        demo.review.snooze(kwame.id, clock.now().date())


def test_circle_settings_change_who_is_due(demo: App) -> None:
    before = names(demo)
    settings = demo.review.settings.get().with_interval(Circle.COLLABORATED, Interval(400, 500))
    demo.review.save_settings(settings)
    sofia = demo.contacts.find("Sofia Marchetti")
    sofia.touch_ideal_days = None
    demo.contacts.save(sofia)
    assert "Sofia Marchetti" in before and "Sofia Marchetti" not in names(demo)
    with pytest.raises(UserError, match="maximum"):
        demo.review.save_settings(settings.with_interval(Circle.GET_TO_KNOW, Interval(30, 10)))


def test_three_suggested_drafts_with_distinct_times(demo: App) -> None:
    ids = demo.review.suggested()
    assert len(ids) == 3
    drafts = demo.review.drafts(ids)
    starts = [t.start for d in drafts for t in d.times]
    assert len(starts) == 9 and len(set(starts)) == 9  # nobody is offered the same slot
    now = demo.clock.now()
    assert all(s > now for s in starts)
    for draft in drafts:
        assert draft.problems == []
        assert draft.email.to and draft.email.subject == "Catching up"
        for time in draft.times:
            assert time.label() in draft.email.body
        assert "(Europe/London time)" in draft.email.body


def test_a_draft_quotes_the_notes_word_for_word(demo: App) -> None:
    grace = demo.contacts.find("Grace Adeyemi")
    [draft] = demo.review.drafts([grace.id])
    body = draft.email.body
    quotes = re.findall(r"“([^”]+)”", body)
    assert quotes == ["made the case with one spreadsheet of near-misses"]
    notes = " ".join(n.body for n in demo.contacts.notes_for(grace.id))
    assert all(q in notes for q in quotes)
    assert draft.quote_source == "your conversation note of 11 Jul 2025"
    work = "scaling the trust's virtual ward for COPD and heart failure patients"
    assert f"(last I heard: {work})" in body
    assert body.startswith("Hi Grace,\n\nIt has been a while since we last emailed in July")


def test_a_draft_invents_nothing_when_nothing_is_known(demo: App) -> None:
    bare = demo.contacts.save(
        Contact(name="Pat Quinn", emails=["pat@example.org"], circle=Circle.GET_TO_KNOW)
    )
    [draft] = demo.review.drafts([bare.id])
    body = draft.email.body
    for invented in ("told me", "last I heard", "P.S.", "since", "“"):
        assert invented not in body
    assert body.startswith("Hi Pat,\n\nI would love to catch up.")
    assert body.rstrip().endswith("Best wishes,\nAoife Brennan")


def test_without_availability_the_draft_says_why_there_are_no_times(demo: App) -> None:
    profile = demo.profile.get()
    profile.availability = ""
    demo.profile.save(profile)
    grace = demo.contacts.find("Grace Adeyemi")
    [draft] = demo.review.drafts([grace.id])
    assert draft.times == [] and "in the next couple of weeks" in draft.email.body
    assert any("add your availability to your profile" in p for p in draft.problems)


def test_a_broken_user_template_falls_back_with_a_clear_message(demo: App, tmp_path) -> None:
    from netprep.render.review_email import ReviewEmailRenderer

    (tmp_path / "review_email.txt.j2").write_text("Subject: Hi\n{{ contact.nope.deeper }}")
    demo.review._renderer = ReviewEmailRenderer(tmp_path)
    grace = demo.contacts.find("Grace Adeyemi")
    [draft] = demo.review.drafts([grace.id])
    assert draft.email.body.startswith("Hi Grace,")
    assert any("review_email.txt.j2, line 2" in p for p in draft.problems)


def test_marking_sent_logs_a_touch_the_log_and_the_streak(demo: App, clock: ManualClock) -> None:
    review = demo.review
    assert review.should_offer_review() and review.streak() == 0
    ids = review.suggested()
    for draft in review.drafts(ids):
        review.mark_sent(draft.contact_id, draft.email)
    touches = [i for i in demo.store.interactions.all() if i.source == REVIEW_SOURCE]
    assert len(touches) == 3 and all(t.kind is InteractionKind.EMAIL for t in touches)
    assert all(t.summary == "Sent: Catching up" for t in touches)
    assert not review.should_offer_review() and review.streak() == 1
    for contact_id in ids:  # now touched today: off the list
        assert contact_id not in [c.contact.id for c in review.candidates()]
    [week] = review.weeks()
    assert week.week == "2026-W49" and week.answered == 0
    # One of them answers three days later; the next Friday's review keeps the streak going.
    clock.advance(3 * 24 * 3600)
    demo.store.interactions.save(
        Interaction(contact_id=ids[0], when=clock.now(), kind=InteractionKind.CALL)
    )
    assert review.weeks()[0].answered == 1
    assert review.weeks()[0].sent[0].answered is not None
    clock.advance(4 * 24 * 3600)
    assert review.streak() == 1  # this week's is still to do
    rest = [c.contact.id for c in review.candidates()]
    review.mark_sent(rest[0], review.drafts(rest[:1])[0].email)
    assert review.streak() == 2
    clock.advance(14 * 24 * 3600)
    assert review.streak() == 0  # a week missed


def test_an_unknown_time_zone_falls_back_with_a_message(demo: App) -> None:
    profile = demo.profile.get()
    profile.availability = "Tue 8-10am, Europe/Atlantis"
    with pytest.raises(ValidationError) as refused:  # the profile form says so at once
        demo.profile.save(profile)
    assert "Europe/Atlantis" in refused.value.errors["availability"]
    demo.store.profile.save(profile)  # saved before netprep checked it, or on another computer
    choice = demo.review.zone()
    assert choice.name == "" and "Europe/Atlantis" in choice.problem


@pytest.mark.parametrize("typed", ["whenever lol", "Tue 25:00-26:00"])
def test_availability_that_cannot_be_read_is_not_called_missing(demo: App, typed: str) -> None:
    """Saved before the profile form checked it: the drafts say it could not be read (and
    how to write it), not "add your availability", which the user has done."""
    profile = demo.profile.get()
    profile.availability = typed
    demo.store.profile.save(profile)
    assert demo.review.availability().unreadable
    grace = demo.contacts.find("Grace Adeyemi")
    [draft] = demo.review.drafts([grace.id])
    assert draft.times == []
    [reason] = [p for p in draft.problems if p.startswith("No times proposed")]
    assert f"your availability (“{typed}”) could not be read" in reason
    assert "Tue and Thu 8-10am" in reason and "add your availability" not in reason


def test_today_lists_who_is_due_by_the_review_settings(demo: App, clock: ManualClock) -> None:
    pat = demo.contacts.save(Contact(name="Pat Quinn", circle=Circle.COLLABORATED))
    demo.store.interactions.save(
        Interaction(
            contact_id=pat.id, when=clock.now() - timedelta(days=30), kind=InteractionKind.CALL
        )
    )
    assert "Pat Quinn" not in [d.contact.name for d in demo.today.summary().due]
    demo.review.save_settings(
        demo.review.settings.get().with_interval(Circle.COLLABORATED, Interval(20, 40))
    )
    assert "Pat Quinn" in [d.contact.name for d in demo.today.summary().due]


def test_settings_live_in_the_data_folder_and_are_backed_up(tmp_path, clock: ManualClock) -> None:
    from netprep.composition import open_app

    app = open_app(tmp_path / "data", clock)
    try:
        app.review.save_settings(
            app.review.settings.get().with_interval(Circle.GET_TO_KNOW, Interval(14, 28))
        )
        backup = app.store.db.take_labelled_backup("test")
    finally:
        app.close()
    assert backup is not None and (backup / "review.json").is_file()
    again = open_app(tmp_path / "data", clock)
    try:
        assert again.review.settings.get().intervals[Circle.GET_TO_KNOW] == Interval(14, 28)
    finally:
        again.close()
    (tmp_path / "data" / "review.json").write_text("{not json")
    broken = open_app(tmp_path / "data", clock)
    try:
        assert broken.review.settings.get().intervals[Circle.GET_TO_KNOW] == Interval(21, 45)
        assert "cannot be used" in (broken.review.settings.problem or "")
    finally:
        broken.close()


def test_only_what_they_said_to_me_is_quoted_not_what_i_read(demo: App) -> None:
    from datetime import date

    from netprep.domain.records import Note, NoteKind

    pat = demo.contacts.save(Contact(name="Pat Quinn", emails=["pat@example.org"]))
    demo.contacts.save_note(
        Note(
            contact_id=pat.id,
            date=date(2026, 11, 1),
            kind=NoteKind.RESEARCH,
            body='Her article title: "Why nurses stop hearing the beeps" (read it first)',
        )
    )
    [draft] = demo.review.drafts([pat.id])
    assert "“" not in draft.email.body and "told me" not in draft.email.body
    demo.contacts.save_note(
        Note(
            contact_id=pat.id,
            date=date(2026, 10, 1),
            kind=NoteKind.CONVERSATION,
            body='Coffee. She said "write up the outcomes, not the tasks" twice.',
        )
    )
    [draft] = demo.review.drafts([pat.id])
    assert "“write up the outcomes, not the tasks”" in draft.email.body
    assert draft.quote_source == "your conversation note of 1 Oct 2026"


def test_availability_typed_in_german_proposes_the_same_times_in_english(demo: App) -> None:
    ids = demo.review.suggested()
    english = demo.review.drafts(ids)
    profile = demo.profile.get()
    assert profile.availability == "Tue and Thu 8-10am, Fri after 3pm, Europe/London"
    profile.availability = "Di und Do 8-10 Uhr, Fr ab 15 Uhr, Europe/London"
    demo.profile.save(profile)
    german = demo.review.drafts(ids)
    assert [d.email.body for d in german] == [d.email.body for d in english]
    assert all(d.problems == [] for d in german)
    assert re.search(r"(Tuesday|Thursday|Friday) \d+ \w+, \d\d:\d\d", german[0].email.body)
