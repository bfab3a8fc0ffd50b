"""The meeting window words its cues and the outcome dialog its "do I know them?" reasons
itself (to translate them); in English they read exactly as the domain's."""

from __future__ import annotations

from netprep.domain.agenda import AgendaPhase, BriefSection
from netprep.domain.capture import ReferralDraft
from netprep.domain.clock import ManualClock
from netprep.domain.meeting_clock import MeetingClock
from netprep.domain.records import Contact
from netprep.domain.referrals import find_same_person
from netprep.gui.meeting_window.referral_words import match_reason
from netprep.gui.meeting_window.words import cue_text


def test_every_cue_reads_as_the_domain_words_it() -> None:
    clock = ManualClock()
    agenda = [
        AgendaPhase("Great start", 2, [], BriefSection.HOOKS),
        AgendaPhase("Catch-up", 2.5, [], BriefSection.NONE),
    ]
    meeting = MeetingClock(agenda, clock)
    meeting.start()
    seen = list(meeting.poll_cues())
    for _ in range(6):
        clock.advance(60)
        seen += meeting.poll_cues()
    meeting.next_phase()
    for _ in range(6):
        clock.advance(60)
        seen += meeting.poll_cues()
    assert len({cue.kind for cue in seen}) == 4  # each kind of cue came
    assert [cue_text(cue) for cue in seen] == [cue.message for cue in seen]


def test_the_match_reasons_read_as_the_domain_words_them() -> None:
    contacts = [
        Contact(name="Tom Becker", emails=["tom.becker@contoso.com"]),
        Contact(name="Priya Raman"),
        Contact(name="Priya Raman", emails=["p@x.example"]),
    ]
    drafts = [
        ReferralDraft(name="Thomas", how_to_reach="tom.becker@contoso.com"),
        ReferralDraft(name="Priya Raman"),
        ReferralDraft(name="Tom Becker"),
        ReferralDraft(name="Wei Zhang"),
    ]
    for draft in drafts:
        match = find_same_person(draft, contacts)
        assert match_reason(match) == match.reason
