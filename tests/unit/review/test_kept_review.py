"""The review under way, kept as drafts on the profile: read back as it was written, read
leniently when the folder's text was changed by hand, kept and dropped in one write, and
kept with the touch of an email marked sent (the last one drops it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from netprep.composition import App
from netprep.domain.followup_drafts import EmailDraft
from netprep.domain.records import FormDraft
from netprep.domain.review.kept import (
    REVIEW_DRAFT,
    KeptEmail,
    KeptReview,
    kept_review,
    review_email_key,
)
from netprep.domain.review.proposals import ProposedTime

DRAFTED = EmailDraft("kwame@example.org", "Catching up", "Hi Kwame, it has been a while.")
TYPED = EmailDraft("kwame@example.org", "Catching up", "Hi Kwame, my own words.")
TUESDAY = datetime(2026, 12, 8, 8, 0, tzinfo=UTC)


def review(*emails: KeptEmail, picked: tuple[str, ...] = ("k", "s", "e")) -> KeptReview:
    return KeptReview(list(picked), 240.0, list(emails))


def kwame(**changes: object) -> KeptEmail:
    email = KeptEmail("k", "Kwame Boateng", DRAFTED, TYPED)
    email.times = [ProposedTime(TUESDAY, TUESDAY + timedelta(minutes=30))]
    email.quote_source = "your conversation note of 12 Aug 2025"
    for name, value in changes.items():
        setattr(email, name, value)
    return email


def test_a_kept_review_reads_back_as_it_was_written() -> None:
    sent = KeptEmail("e", "Elena Vasquez", DRAFTED, DRAFTED, sent=True)
    written = review(kwame(), sent)
    drafts = written.as_drafts()
    assert [d.key for d in drafts] == [REVIEW_DRAFT, review_email_key("k"), review_email_key("e")]
    assert drafts[1].fields["body"] == TYPED.body  # plain text, as typed
    read = kept_review(drafts)
    assert read == written
    assert read is not None and read.sent == ["e"] and not read.finished


def test_what_is_worth_keeping() -> None:
    assert review(kwame()).worth_keeping
    assert review(kwame(sent=True)).worth_keeping  # sent: the review's progress
    assert not review(kwame(typed=DRAFTED)).worth_keeping  # as drafted: drafted again
    assert not review().worth_keeping
    done = review(kwame(sent=True), picked=("k",))
    assert done.finished and not done.worth_keeping


def test_text_changed_by_hand_is_read_leniently() -> None:
    head = FormDraft(REVIEW_DRAFT, fields={"picked": "k s k", "used_seconds": "lots"})
    email = FormDraft(
        review_email_key("s"),
        "s",
        "Sofia Marchetti",
        {"body": "Hi Sofia", "times": "yesterday\n2026-12-08T08:00:00 2026-12-08T08:30:00"},
    )
    stray = FormDraft(review_email_key(""), "", "", {"body": "no one"})
    read = kept_review([email, stray, head, FormDraft("contact:k", "k", "Kwame")])
    assert read is not None
    assert read.picked == ["k", "s"] and read.used_seconds == 0.0
    [sofia] = read.emails
    assert sofia.typed.body == "Hi Sofia" and sofia.times == [] and not sofia.sent
    assert kept_review([email]) is None  # no review: its emails alone are not one
    assert kept_review([FormDraft(REVIEW_DRAFT, fields={"used_seconds": "nan"})]) == KeptReview()


def test_keeping_replaces_the_review_and_leaves_the_forms_drafts_alone(demo: App) -> None:
    kept = demo.review.kept
    demo.contacts.keep_draft("c1", "Maya Chen", {"name": "Maya Chen"}, new_record=True)
    kept.keep(review(kwame(), KeptEmail("s", "Sofia Marchetti", DRAFTED, TYPED)))
    kept.keep(review(kwame()))  # Sofia's email was put back as drafted: no longer kept
    found = kept.get()
    assert found is not None and [e.contact_id for e in found.emails] == ["k"]
    assert found.kept_at == demo.clock.now()
    kept.keep(review(kwame(typed=DRAFTED)))  # nothing left worth keeping: dropped
    assert kept.get() is None
    assert [d.title for d in demo.contacts.new_contact_drafts()] == ["Maya Chen"]
    kept.keep(review(kwame()))
    kept.discard()
    assert kept.get() is None
    assert [d.key for d in demo.profile.get().drafts] == ["contact:c1"]


def test_marking_sent_keeps_the_review_with_the_touch_and_the_last_drops_it(demo: App) -> None:
    people = [demo.contacts.find(name).id for name in ("Kwame", "Sofia")]
    k, s = people
    sofia = KeptEmail(s, "Sofia Marchetti", DRAFTED, TYPED)
    demo.review.kept.keep(review(sofia, picked=(k, s)))
    before = len(demo.store.interactions)

    demo.review.mark_sent(k, DRAFTED, review(kwame(contact_id=k, sent=True), sofia, picked=(k, s)))
    found = demo.review.kept.get()
    assert found is not None and found.sent == [k] and len(demo.store.interactions) == before + 1

    sofia.sent = True
    demo.review.mark_sent(s, TYPED, review(kwame(contact_id=k, sent=True), sofia, picked=(k, s)))
    assert demo.review.kept.get() is None and len(demo.store.interactions) == before + 2

    demo.review.kept.keep(review(sofia, KeptEmail(k, "Kwame", DRAFTED, TYPED), picked=(k, s)))
    demo.review.mark_sent(k, TYPED)  # not from a review (the command line): the kept one stays
    assert demo.review.kept.get() is not None
