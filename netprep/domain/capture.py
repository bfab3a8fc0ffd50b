"""What the user jots down during the meeting: notes, one insight per question, referrals.

Stored inside the Meeting as it is typed, so a crash mid-meeting loses nothing. The
outcome (goals, Referral records, follow-ups) is derived from it afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from netprep.domain.brief.model import Brief, QuestionKind

DEFAULT_REFERRAL_SLOTS = 3  # the book asks for three names


@dataclass
class InsightNote:
    """What was learned from one of the three questions."""

    question_index: int = 0
    kind: QuestionKind | None = None
    question: str = ""  # the question as asked, copied from the brief
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


@dataclass
class ReferralDraft:
    """A name given in the "Who else should I talk to?" phase, as typed in the moment."""

    name: str = ""
    why: str = ""  # why they suggested this person
    how_to_reach: str = ""  # email, phone, "via Priya", a link…
    will_introduce: bool = False  # the contact offered to make the introduction

    @property
    def is_empty(self) -> bool:
        return not (self.name.strip() or self.why.strip() or self.how_to_reach.strip())


def _default_insights() -> list[InsightNote]:
    return [InsightNote(question_index=i, kind=kind) for i, kind in enumerate(QuestionKind)]


def _default_referrals() -> list[ReferralDraft]:
    return [ReferralDraft() for _ in range(DEFAULT_REFERRAL_SLOTS)]


@dataclass
class LiveCapture:
    notes: str = ""
    insights: list[InsightNote] = field(default_factory=_default_insights)
    referrals: list[ReferralDraft] = field(default_factory=_default_referrals)
    they_offered_help: bool = False  # "let me know how I can help" — a sign of an evangelist
    offers: list[str] = field(default_factory=list)  # what I promised to do for them

    @classmethod
    def for_brief(cls, brief: Brief | None) -> LiveCapture:
        """A capture whose insight slots carry the brief's three questions."""
        capture = cls()
        if brief is None:
            return capture
        for i, question in enumerate(brief.questions[: len(capture.insights)]):
            capture.insights[i].kind = question.kind
            capture.insights[i].question = question.text
        return capture

    def insight(self, question_index: int) -> InsightNote:
        """The insight slot for a question, created if the brief had fewer than asked for."""
        for note in self.insights:
            if note.question_index == question_index:
                return note
        note = InsightNote(question_index=question_index)
        self.insights.append(note)
        self.insights.sort(key=lambda n: n.question_index)
        return note

    def set_insight(self, question_index: int, text: str) -> None:
        self.insight(question_index).text = text

    def add_referral_slot(self) -> ReferralDraft:
        """One more referral line: three is the aim, not a limit."""
        draft = ReferralDraft()
        self.referrals.append(draft)
        return draft

    def named_referrals(self) -> list[ReferralDraft]:
        """Drafts that name someone (empty slots and name-less jottings are left out)."""
        return [r for r in self.referrals if r.name.strip()]

    def recorded_insights(self) -> list[InsightNote]:
        return [note for note in self.insights if not note.is_empty]

    def add_offer(self, text: str) -> None:
        clean = " ".join(text.split())
        if clean and clean.casefold() not in {o.casefold() for o in self.offers}:
            self.offers.append(clean)


def most_substantial_insight(capture: LiveCapture) -> InsightNote | None:
    """The insight with the most distinct words — the one worth quoting back to them.

    Distinct words, not characters, so "great great great!!!" does not beat a real
    sentence; ties go to the earlier question.
    """
    best: InsightNote | None = None
    best_score = 0
    for note in capture.recorded_insights():
        score = len({word.strip(".,;:!?\"'()").casefold() for word in note.text.split()} - {""})
        if score > best_score:
            best, best_score = note, score
    return best
