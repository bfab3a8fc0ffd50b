"""What the user wrote for themselves: their plan, their cautions, their offers, their doubts.

Notes hold more than facts about the contact. "ask her about the ICU rollout" is the
user's own plan and leads the questions; "avoid politics" is shown once, as a
caution, and nothing else on the page goes near it; "I could send her the NHS report"
is the give-back; "runs a book club maybe??" is asked, never asserted ("check first").
How a fragment is read lives in reading/note_kinds.py; this module turns the
readings into brief items, each citing the note it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from netprep.domain.brief.model import BriefItem
from netprep.domain.brief.reading.drafted import NAMES_ASK
from netprep.domain.brief.reading.note_kinds import (
    HEADING,
    NAMES,
    QUESTION,
    NoteKind,
    NoteReading,
    is_doubt,
    is_hedged,
    is_users_own,
    read_drafted,
    read_note,
)
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.words.text import content_words, lower_first, tidy, upper_first
from netprep.domain.brief.words.voice import THEY_PRONOUNS, expand_shorthand

MAX_CAUTIONS = 3
MAX_CHECKS = 3
# Fields whose text can hold the user's plans and doubts (not role, company, lists).
_FREE_FIELDS = frozenset({"note", "background", "current_projects", "achievements"})
_HEDGE_WORDS = re.compile(
    r"\s*(?:\(\s*\?+\s*\)|\?+|\b(?:maybe|perhaps|probably|possibly|apparently|i think|i guess"
    r"|i believe|i reckon|(?:i['’]?m |i am )?(?:not sure|not certain|unsure)(?: if| whether)?"
    r"|i['’]?m guessing|iirc|tbc|unconfirmed|allegedly)\b)[,:]?",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][\w'’-]{2,}")
_ASKS = re.compile(
    r"^(?:who|what|how|why|where|when|which|should|could|can|is|are|do|does)\b", re.IGNORECASE
)
_DANGLING = re.compile(r"\b(?:it|that|this|them)$", re.IGNORECASE)
_LABEL = re.compile(r"^(?:nb|n\.b\.|careful|warning|note)\s*[:\-–—!]+\s*", re.IGNORECASE)


@dataclass
class UserNotes:
    """The contact's passages sorted by what they are for."""

    facts: list[Passage] = field(default_factory=list)  # plain facts about them
    intentions: list[tuple[Passage, NoteReading]] = field(default_factory=list)
    names: list[tuple[Passage, NoteReading]] = field(default_factory=list)  # "who else…?"
    warnings: list[tuple[Passage, NoteReading]] = field(default_factory=list)
    offers: list[tuple[Passage, NoteReading]] = field(default_factory=list)
    # The user's doubt about an offer, said after it: "…for free? maybe too pushy".
    offer_doubts: dict[Passage, Passage] = field(default_factory=dict)
    hedged: list[Passage] = field(default_factory=list)
    before: dict[Passage, Passage] = field(default_factory=dict)  # the fragment just before
    they: bool = False  # the notes say they go by "they"

    def avoided(self) -> list[tuple[set[str], set[str]]]:
        """Each caution's topic: its content words, and its names ("Babylon", "Leeds").

        Nothing on the page may touch them: a name alone is enough ("led the Babylon
        IPO prep" touches "the Babylon write-down"), other words need two in common.
        """
        out = []
        for _, reading in self.warnings:
            words = topic_words(reading.topic)
            names = {w.casefold() for w in _NAME.findall(reading.topic)} & words
            if words:
                out.append((words, names))
        return out


def sort_passages(passages: list[Passage]) -> UserNotes:
    """Split the contact's passages into facts and the user's plans, cautions, offers, doubts."""
    out = UserNotes()
    previous: Passage | None = None
    pasted = False  # the note is their own words, pasted: "About: I'm a designer who…"
    asking = False  # the fragment before was a drafted question or a "Qs:" heading
    for passage in passages:
        if previous is not None and passage.note_id and previous.note_id == passage.note_id:
            out.before[passage] = previous
        else:
            pasted = bool(passage.note_id and _PASTED.match(passage.text))
            asking = False
        previous = passage
        out.they = out.they or bool(THEY_PRONOUNS.search(passage.text))
        if passage.listed or passage.field not in _FREE_FIELDS:
            out.facts.append(passage)
            continue
        reading = read_note(passage.text)
        if asking and reading.kind is NoteKind.FACT:  # "Qs: how did…? would she hire…?"
            reading = read_drafted(passage.text, in_list=True) or reading
        asking = reading.lead in (QUESTION, NAMES, HEADING)
        if pasted and reading.kind is NoteKind.FACT:
            out.facts.append(passage)  # their "I believe…" is their view, not the user's guess
            continue
        if reading.kind is NoteKind.INTENTION and _for_names(reading, passage.text):
            out.names.append((passage, reading))
        elif reading.kind is NoteKind.INTENTION:
            out.intentions.append((passage, reading))
        elif reading.kind is NoteKind.WARNING:
            out.warnings.append((passage, reading))
        elif reading.kind is NoteKind.OFFER:
            out.offers.append((passage, reading))
        elif reading.kind is NoteKind.FACT and reading.hedged:
            earlier = out.before.get(passage)
            if earlier is not None and _doubts_offer(passage.text, earlier, out):
                out.offer_doubts[earlier] = passage
            elif _aside_doubt(passage.text):  # "church choir (RCCG I think)": the choir stands
                outer, _ = _aside_doubt(passage.text) or ("", "")
                out.facts.append(replace(passage, text=outer))
                out.hedged.append(passage)
            elif _only_doubt(passage.text) and out.facts[-1:] == [earlier] and earlier:
                out.facts.pop()  # "did her phd at ETH. not sure": the doubt is about that
                out.hedged.append(earlier)
            elif is_doubt(passage.text):
                out.hedged.append(passage)
        elif reading.kind is NoteKind.FACT:
            out.facts.append(passage)
    return out


def _for_names(reading: NoteReading, text: str) -> bool:
    """A plan to ask for names ("who else should I talk to?", "ask him who else I should
    meet"): the referral ask, not an insight question."""
    return reading.lead == NAMES or bool(
        NAMES_ASK.search((reading.said or text)[reading.lead_start :])
    )


# One painful event, said several ways: "the layoffs" is "she got laid off" and "I was
# made redundant" too.
_SAME_EVENT = {
    "laid": "layoff",
    "redundant": "layoff",
    "redundancy": "layoff",
    "fired": "layoff",
    "sacked": "layoff",
    "divorced": "divorce",
    "died": "death",
    "passed": "death",
    "bereavement": "death",
}


def topic_words(text: str) -> set[str]:
    """``content_words``, with the words of one event folded to one: what a caution names."""
    return {_SAME_EVENT.get(word, word) for word in content_words(text)}


# A note that opens with a label for what the contact wrote about themselves.
_PASTED = re.compile(
    r"^\s*(?:about(?: me| section)?|(?:from )?(?:(?:her|his|their) )?linkedin(?: about| bio)?"
    r"|(?:(?:her|his|their) )?bio(?:graphy)?)\s*[:\-–—]\s*(?=\S)",
    re.IGNORECASE,
)


def _doubts_offer(text: str, earlier: Passage, notes: UserNotes) -> bool:
    """ "maybe too pushy", "not sure she'd want it" just after an offer: a doubt about it."""
    return (
        notes.offers[-1:] != []
        and notes.offers[-1][0] == earlier
        and is_doubt(text)
        and len(text.split()) <= 8
        and not _ASKS.match(text)
    )


# A doubt in brackets at the end: "she's also in a church choir (RCCG I think)".
_ASIDE = re.compile(r"^(?P<outer>.*?\S)\s*\((?P<inner>[^()]+)\)[\s.!]*$")


def _aside_doubt(text: str) -> tuple[str, str] | None:
    """(what stands, what is doubted) when only a bracketed aside is unsure:
    "church choir (RCCG I think)" -> ("church choir", "RCCG")."""
    found = _ASIDE.match(text)
    if found is None or is_hedged(found.group("outer")) or not is_doubt(found.group("inner")):
        return None
    doubted = _as_claim(found.group("inner"))
    if not content_words(doubted) or len(content_words(found.group("outer"))) < 2:
        return None
    return found.group("outer").rstrip(" ,;:-–—"), doubted


def _only_doubt(text: str) -> bool:
    """A fragment that only says the user is unsure: "not sure", "maybe??", "(?)"."""
    return not content_words(_HEDGE_WORDS.sub(" ", text))


def touches(text: str, avoided: list[tuple[set[str], set[str]]]) -> bool:
    """Does ``text`` go near one of the user's cautions?"""
    words = topic_words(text)
    return any(
        topic <= words or len(topic & words) >= 2 or bool(names & words) for topic, names in avoided
    )


def caution_items(notes: UserNotes) -> list[BriefItem]:
    """Each caution once, in the user's own words: "Don't bring up the layoffs"."""
    out: list[BriefItem] = []
    seen: set[str] = set()
    for passage, reading in notes.warnings:
        said = _LABEL.sub("", tidy(passage.text))
        said = expand_shorthand(re.sub(r"\b([Dd])ont\b", r"\1on't", said))
        said = said.strip(" .!?")
        earlier = notes.before.get(passage)
        if _DANGLING.search(said) and earlier is not None:  # "don't ask what he covered in it"
            said = f"{tidy(earlier.text).rstrip(' .!?')}; {lower_first(said)}"
        said = upper_first(said)
        key = reading.topic.casefold()
        if not said or key in seen:
            continue
        seen.add(key)
        out.append(BriefItem(said, [passage.evidence()], 0.0, "caution"))
    return out[:MAX_CAUTIONS]


_LOOSE_ENDS = re.compile(r"^(?:but|and|or|so)\s+|\s+(?:but|and|or|though|although|yet)$", re.I)


def check_items(notes: UserNotes) -> list[BriefItem]:
    """Guesses from the notes, to confirm before using: "runs a book club — is that right?"."""
    out: list[BriefItem] = []
    for passage in notes.hedged:
        aside = _aside_doubt(passage.text)
        if aside is not None:  # "Sings in a church choir: RCCG, is that right?"
            outer, doubted = aside
            text = f"{upper_first(expand_shorthand(tidy(outer)))}: {doubted}, is that right?"
            out.append(BriefItem(text, [passage.evidence()], 0.0, "check"))
            continue
        said = tidy(passage.text)
        doubted = _doubted_clause(said)
        if _SUGGESTION.match(doubted):
            continue  # "plays chess online, maybe a lichess game sometime?": the user's idea
        claim = _as_claim(doubted)
        # "did the ux cert, I think", "wants to do informatics - maybe the grad scheme?":
        # the doubt leans on what came before
        if _thin(claim) or re.match(r"(?:the|a|an|some|this|that)\b", claim, re.I):
            claim = _as_claim(said)
        if _thin(claim) or is_users_own(claim) or _ASKS.match(claim):
            continue  # "could be a hook", "who else should I talk to?": the user's own musing
        out.append(
            BriefItem(f"{upper_first(claim)}: is that right?", [passage.evidence()], 0.0, "check")
        )
    return out[:MAX_CHECKS]


_CLAUSES = re.compile(r",\s+|\s[-–—]+\s|;\s*")
# A doubt that is a thing to do rather than a thing they are: "maybe a game sometime?".
_SUGGESTION = re.compile(
    r"^\s*(?:maybe|perhaps|possibly)\s+(?:a|an|some|one)\s(?!(?:[\w'’-]+\s+){0,3}(?:is|was|has)\b)",
    re.IGNORECASE,
)


def _doubted_clause(text: str) -> str:
    """The clause the doubt is in: "plays chess online, maybe a game" -> "maybe a game"."""
    doubt = _HEDGE_WORDS.search(text.replace("?", " "))  # a "??" doubts the whole note
    if doubt is None:
        return text
    starts = [m.end() for m in _CLAUSES.finditer(text, 0, doubt.start() + 1)]
    return text[starts[-1] :] if starts else text


def _as_claim(text: str) -> str:
    claim = _HEDGE_WORDS.sub(" ", text)
    claim = re.sub(r"\s+([)\],.;:])", r"\1", " ".join(claim.split()))
    claim = expand_shorthand(claim).strip(" ,;:-–—.!")
    return _LOOSE_ENDS.sub("", claim).strip(" ,;:-–—.!")  # "…the ux cert but (not sure)"


def _thin(claim: str) -> bool:
    return not content_words(claim) or len(claim.split()) < 3
