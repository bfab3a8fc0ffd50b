"""Every operation that writes several records, killed after EVERY durable step it takes.

For each operation: count its durable steps (writes, fsyncs, renames, deletes), then for
each N run it again on a fresh copy of the folder and die at step N (see crash_points.py).
Reopen the folder: it must open, and hold the state from before the operation or from after
it, never one in between. Then retry: from "before" the retry must reach exactly "after"
(nothing duplicated); from "after" it must refuse or change nothing. Each operation is
run twice: with the usual journal limits, and with every commit folding the journals into
the table files (so the deaths also land in rewrites and journal deletions).
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from netprep import composition
from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock
from netprep.domain.followup_drafts import EmailDraft
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact, Interaction, InteractionKind, Note, Profile
from netprep.domain.review.kept import KeptEmail, KeptReview
from netprep.domain.validation import MAX_NOTE_CHARS
from netprep.services.errors import UserError
from netprep.store import table_file
from tests.unit.store.crash_points import Crash, crash_at

TABLES = ("contacts", "notes", "meetings", "interactions", "referrals", "followups")
State = tuple[tuple[str, int], ...]


@pytest.fixture(autouse=True)
def taxonomy_read_once(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Hundreds of opens here: the brief's taxonomy (no part of the test) is read once."""
    monkeypatch.setattr(composition, "load_taxonomy", functools.cache(composition.load_taxonomy))
    yield


def state(app: App) -> State:
    """What the operations change: how many records each table holds, and their contents."""
    store = app.store
    meetings = sorted(str(m.status) for m in store.meetings.all())
    referrals = sorted(str(r.status) for r in store.referrals.all())
    followups = sorted((str(f.kind), f.done) for f in store.followups.all())
    notes = sorted(len(n.body) for n in store.notes.all())
    counts = tuple((t, len(getattr(store, t))) for t in TABLES)
    kept = app.review.kept.get()  # the weekly review under way, as kept
    review = (tuple(kept.sent), tuple(e.typed.body for e in kept.emails)) if kept else ()
    return (*counts, ("meetings", hash(tuple(meetings))), ("referrals", hash(tuple(referrals))),
            ("followups", hash(tuple(followups))), ("notes", hash(tuple(notes))),
            ("review", hash(review)))  # fmt: skip


def make_folder(folder: Path, clock: ManualClock) -> None:
    app = open_app(folder, clock)
    store = app.store
    store.profile.save(Profile(name="Aoife Brennan", current_goal="move into product"))
    grace = store.contacts.save(Contact(name="Grace Adeyemi", emails=["grace@example.org"]))
    store.contacts.save(Contact(name="Daniel Okafor"))
    store.notes.save_many(Note(contact_id=grace.id, body=f"Note {n}") for n in range(3))
    store.interactions.save(Interaction(contact_id=grace.id, kind=InteractionKind.EMAIL))
    meeting = store.meetings.save(Meeting(contact_id=grace.id, purpose="Into product"))
    session = app.meetings.open_session(meeting.id)
    session.start()
    capture = session.capture
    capture.referrals[0].name = "Daniel Mensah"
    capture.referrals[0].how_to_reach = "daniel.mensah@wardline.example.com"
    capture.referrals[1].name = "Priya Raman"
    capture.referrals[1].will_introduce = True
    capture.set_insight(1, "Write up one workflow you fixed as a case study.")
    session.save_capture()
    app.meetings.finish_meeting(meeting.id)  # a recorded meeting with referrals to advance
    second = store.meetings.save(Meeting(contact_id=grace.id, purpose="Second coffee"))
    session = app.meetings.open_session(second.id)
    session.start()
    session.capture.referrals[0].name = "Tom Becker"
    session.capture.referrals[0].how_to_reach = "tom@becker.example.com"
    session.save_capture()
    app.close()


def grace(app: App) -> Contact:
    found = [c for c in app.store.contacts.all() if c.name == "Grace Adeyemi"]
    if not found:
        raise UserError("already deleted")  # as the GUI's stale row would be told
    return found[0]


def in_progress(app: App) -> Meeting:
    return next(m for m in app.store.meetings.all() if m.purpose == "Second coffee")


def delete_contact(app: App) -> None:
    app.contacts.delete(grace(app).id)


def undo_delete(app: App) -> None:
    app.contacts.undo_delete()


def record_outcome(app: App) -> None:
    app.meetings.finish_meeting(in_progress(app).id)


def advance_referral(app: App) -> None:
    referral = min(app.store.referrals.all(), key=lambda r: r.name)
    app.referrals.advance(referral.id)


DRAFTED = EmailDraft("grace@example.org", "Catching up", "Hi Grace.")
TYPED = EmailDraft("grace@example.org", "Catching up", "Hi Grace, in my own words.")


def review_under_way(app: App, *, grace_sent: bool, daniel_sent: bool) -> KeptReview:
    """A weekly review writing to Grace (her email edited) and Daniel."""
    daniel = next(c for c in app.store.contacts.all() if c.name == "Daniel Okafor")
    emails = [
        KeptEmail(grace(app).id, "Grace Adeyemi", DRAFTED, TYPED, sent=grace_sent),
        KeptEmail(daniel.id, "Daniel Okafor", DRAFTED, DRAFTED, sent=daniel_sent),
    ]
    return KeptReview([e.contact_id for e in emails], 120.0, emails)


def keep_review(app: App, *, daniel_sent: bool = False) -> None:
    app.review.kept.keep(review_under_way(app, grace_sent=False, daniel_sent=daniel_sent))


def send_review_email(app: App, *, daniel_sent: bool = False) -> None:
    """Grace's email marked sent: its touch, and the kept review with it sent (or dropped,
    when that was the last email of the review)."""
    after = review_under_way(app, grace_sent=True, daniel_sent=daniel_sent)
    app.review.mark_sent(grace(app).id, TYPED, after)


@dataclass(frozen=True)
class Operation:
    name: str
    run: Callable[[App], None]
    prepare: Callable[[App], None] | None = None  # done before, not crashed
    retried: bool = True  # undo lives in memory: after a restart there is nothing to retry


def save_long_note(app: App) -> None:
    """A pasted transcript too long for one note, saved as several (the GUI's "Save")."""
    note = next(n for n in app.store.notes.all() if n.contact_id == grace(app).id)
    paragraph = "We talked about the ward's alerts and who reads them. " * 40
    note.body = "\n\n".join([paragraph] * (2 * MAX_NOTE_CHARS // len(paragraph)))
    app.contacts.save_note_in_parts(note)


OPERATIONS = [
    Operation("delete contact", delete_contact),
    # After a restart the text is gone from the editor: there is nothing to retry.
    Operation("save a long note in parts", save_long_note, retried=False),
    Operation("undo delete", undo_delete, prepare=delete_contact, retried=False),
    Operation("record outcome", record_outcome),
    Operation("advance referral", advance_referral),
    # After a restart the review shows the email sent, or not sent yet: nothing to retry.
    Operation("mark a review email sent", send_review_email, keep_review, retried=False),
    Operation(
        "mark the review's last email sent",
        functools.partial(send_review_email, daniel_sent=True),
        functools.partial(keep_review, daniel_sent=True),
        retried=False,
    ),
]


def run_once(
    template: Path, folder: Path, op: Operation, step: int | None, mp: pytest.MonkeyPatch
) -> tuple[State, State, int, bool]:
    """(state before, state after reopening, steps counted, whether it died)."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template, folder)
    clock = ManualClock()
    app = open_app(folder, clock)
    if op.prepare:
        op.prepare(app)
    before = state(app)
    died = False
    with crash_at(mp, step) as counter:
        try:
            op.run(app)
        except Crash:
            died = True
    app.close()  # releases the lock only: no write
    reopened = open_app(folder, clock)
    try:
        assert not reopened.store.problems, "a crash must never look like damage"
        return before, state(reopened), counter.count, died
    finally:
        reopened.close()


@pytest.mark.parametrize("fold_every_commit", [False, True], ids=["journal", "folding"])
@pytest.mark.parametrize("op", OPERATIONS, ids=[o.name for o in OPERATIONS])
def test_a_crash_at_any_step_leaves_all_or_nothing_and_a_retry_never_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, op: Operation, fold_every_commit: bool
) -> None:
    template = tmp_path / "template"
    make_folder(template, ManualClock())
    if fold_every_commit:
        monkeypatch.setattr(table_file, "JOURNAL_MIN_BYTES", 1)
        monkeypatch.setattr(table_file, "JOURNAL_MAX_RATIO", 0.0)
    folder = tmp_path / "data"
    before, after, steps, died = run_once(template, folder, op, None, monkeypatch)
    assert not died and after != before and steps >= 2
    print(f"{op.name}: {steps} steps")
    outcomes = {"before": 0, "after": 0}
    for step in range(1, steps + 1):
        start, found, _, died = run_once(template, folder, op, step, monkeypatch)
        assert died and start == before
        assert found in (before, after), f"{op.name}: half done after a death at step {step}"
        outcomes["before" if found == before else "after"] += 1
        if op.retried:
            check_retry(folder, op, after, from_after=found == after)
    assert outcomes["before"] >= 1  # the commit is a step some deaths come before


def check_retry(folder: Path, op: Operation, after: State, *, from_after: bool) -> None:
    app = open_app(folder, ManualClock())
    try:
        try:
            op.run(app)
        except UserError:
            assert from_after, "a retry from the state before was refused"
        if op.name != "advance referral" or not from_after:
            assert state(app) == after, f"{op.name}: the retry duplicated or missed something"
    finally:
        app.close()
    reopened = open_app(folder, ManualClock())
    try:
        if op.name != "advance referral" or not from_after:
            assert state(reopened) == after
    finally:
        reopened.close()
