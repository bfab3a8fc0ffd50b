"""The user's own ideas for what to give back, from their notes, as plans in clean sentences.

"cd send deck re pricing" is "Send Dana the deck about pricing"; "could offer to review a
few" after "…the quiz qs" is "review a few of the quiz questions"; "send her my zine, she
collects them" is "Send her your zine". How a fragment is read as an offer lives in
reading/note_kinds.py.
"""

from __future__ import annotations

import re

from netprep.domain.brief.model import BriefItem
from netprep.domain.brief.sections.user_notes import UserNotes
from netprep.domain.brief.words.text import content_words, tidy, upper_first
from netprep.domain.brief.words.voice import expand_shorthand

OFFER_SCORE = 50.0
_FIRST_PERSON_SWAP = (
    (re.compile(r"\bI(?:'m|’m)\b"), "you're"),
    (re.compile(r"\bI(?:'ve|’ve)\b"), "you've"),
    (re.compile(r"\bI\b"), "you"),
    (re.compile(r"\bmy\b", re.IGNORECASE), "your"),
    (re.compile(r"\bme\b", re.IGNORECASE), "you"),
)
_OFFER_VERBS = {"intro": "Introduce", "introduce": "Introduce", "connect": "Connect"}
_NAME = re.compile(r"\b[A-Z][\w'’-]{2,}")
_DANGLING = re.compile(r"\b(?:it|that|this|them)$", re.IGNORECASE)


def offer_items(notes: UserNotes, first: str = "") -> list[BriefItem]:
    """The user's own ideas for what to give back, as a plan in a clean sentence.

    Shorthand is spelled out ("cd send deck re pricing" -> "Send Dana the deck about
    pricing"), and a plan that points back ("could offer to review a few") says at
    what, from the words before it ("…the quiz qs").
    """
    out: list[BriefItem] = []
    for rank, (passage, reading) in enumerate(notes.offers):
        said = reading.said or passage.text
        plan = _GIVE_BACK.sub("", tidy(said[reading.lead_start :])).rstrip(" .!?")
        plan, *why = _OFFER_REASON.split(plan, maxsplit=1)  # "…my zine, she collects them"
        plan = _PLAN_RE.sub(" about ", plan)  # "intro Leah to Tomasz re apprenticeships"
        verb, _, rest = plan.partition(" ")
        verb = _OFFER_VERBS.get(verb.casefold(), verb)
        rest = _with_recipient(verb, rest, first)
        rest = _with_object(rest, tidy(said[: reading.lead_start]))
        rest = _with_wanted(verb, rest, tidy(said[: reading.lead_start]))
        plan = f"{verb} {rest}".strip() if rest else verb
        for pattern, replacement in _FIRST_PERSON_SWAP:
            plan = pattern.sub(replacement, plan)
        plan = upper_first(expand_shorthand(plan))
        thin = len(content_words(plan)) + len(_NAME.findall(rest)) < 2  # "Joy at NCA" counts
        if _DANGLING.search(plan) or thin:  # "offer to share them"
            plan = upper_first(expand_shorthand(tidy(passage.text)).rstrip(" .!?"))
        elif why:  # the reason stays, after the plan: "— she collects them"
            plan = f"{plan} — {expand_shorthand(why[0])}"
        evidence = [passage.evidence()]
        doubt = notes.offer_doubts.get(passage)
        if doubt is not None:  # "…for free? maybe too pushy": the user's second thoughts stay
            whose = f"{_UNSURE}: “{tidy(doubt.text).rstrip(' .!?')}”"
            evidence.append(doubt.evidence())
        else:
            whose = _UNSURE if reading.hedged else "your idea"
        out.append(BriefItem(f"{plan} ({whose})", evidence, OFFER_SCORE - rank, "offer"))
    return out


_UNSURE = "your idea — you weren't sure"


# Where an offer stops and the reason for it starts: ", she collects them".
_OFFER_REASON = re.compile(
    r"\s*[,;]\s+(?=(?:she|he|they|since|because|as|cos|bc)\b)"
    r"|\s+[-–—]+\s+(?=(?:she|he|they|since|because|as|cos|bc)\b)",
    re.IGNORECASE,
)
# The user's label for the offer, not part of it: ", that's my give-back".
_GIVE_BACK = re.compile(
    r"\s*(?:[,;:(]|\s[-–—]+)?\s*(?:that['’]?s|that is|=|as)?\s*(?:my|our|the|a)?\s*"
    r"give[- ]?back\W*$",
    re.IGNORECASE,
)
_PLAN_RE = re.compile(r"(?<=\w)\s+re:?\s+(?=\w)", re.IGNORECASE)
# What they want, said just before the offer: "wants UK nurses to interview for her study".
_WANTED = re.compile(
    r"\b(?:wants|needs|is looking for|looking for|is after|asked for|is hiring|hiring)\s+"
    r"(?P<what>[^,;.→>]+?)\s*(?:[,;.]|[-=]*>|→|$)",
    re.IGNORECASE,
)


def _with_wanted(verb: str, rest: str, before: str) -> str:
    """'help recruit' after 'wants UK nurses to interview for her study': recruit whom.

    Only for a plan with a verb and no object ("help recruit"): the object is what the
    note said they want."""
    if verb.casefold() != "help" or len(rest.split()) != 1:
        return rest
    wanted = _WANTED.search(before)
    return f"{rest} {wanted.group('what').strip()}" if wanted else rest


_GIVING = frozenset({"send", "share", "forward", "lend", "pass"})
_DETERMINER = re.compile(
    r"^(?:her|him|them|me|us|you|the|a|an|my|our|your|his|their|this|that|these|those|some|"
    r"it|to|with|on|about|over|along)\b",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(
    r"\b(?:(?P<few>a few|a couple|some|one or two|a handful)|(?P<pronoun>them|it|those))$",
    re.IGNORECASE,
)
_THING = re.compile(
    r"(?P<whose>\b(?:the|her|his|their|your|my|our)|\b[A-Z][\w-]*['’]s)\s+"
    r"(?P<thing>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\W*$"
)
_CLAUSE = re.compile(r"\s[-–—]+\s|[;,.]\s")


def _with_recipient(verb: str, rest: str, first: str) -> str:
    """'Send deck about pricing' -> 'Send Dana the deck about pricing'; 'Introduce to Maya'
    -> 'Introduce Dana to Maya' (the note left out whom, as notes do)."""
    if not rest or not first:
        return rest
    if verb.casefold() in _GIVING and not _DETERMINER.match(rest):
        return f"{first} the {rest}"
    pronoun = re.match(r"(?:her|him|them)\b", rest, re.IGNORECASE)
    if verb in ("Introduce", "Connect") and pronoun:  # "intro her to Joy": Lucía, by name
        return f"{first}{rest[pronoun.end() :]}"
    if verb == "Introduce" and rest.casefold().startswith("to "):
        target = rest[3:]
        if len(target.split()) == 1 and target.isalpha() and target.islower():
            target = target.capitalize()  # a name typed in lower case: "intro 2 maya"
        return f"{first} to {target}"
    return rest


def _with_object(rest: str, before: str) -> str:
    """'review a few' after '…on the quiz qs - ': 'review a few of the quiz qs'."""
    ending = _POINTS_BACK.search(rest)
    if ending is None:
        return rest
    clauses = [c.strip(" -–—,;.") for c in _CLAUSE.split(before)]
    found = ((c, _THING.search(c)) for c in reversed(clauses[-2:]))  # this clause or the last
    clause, thing = next(((c, t) for c, t in found if t is not None), ("", None))
    if thing is None:
        return rest
    whose = thing.group("whose")
    what = f"{whose if whose[:1].isupper() else 'the'} {thing.group('thing')}"
    said = f"{ending.group('few')} of {what}" if ending.group("few") else what
    subject = _aside_subject(clause, thing.start())
    return rest[: ending.start()] + said + (f" on {subject}" if subject else "")


_FILLER = re.compile(r"\s+(?:angle|stuff|thing|things|idea|topic|bit|side)$", re.IGNORECASE)


def _aside_subject(clause: str, at: int) -> str:
    """'alarm fatigue' when the thing is an aside in brackets after it: 'alert thresholds =
    alarm fatigue angle (Grace's posts!)' -> the posts are on alarm fatigue."""
    opening = clause.rfind("(", 0, at)
    if opening <= 0 or ")" in clause[opening:at]:
        return ""
    subject = re.split(r"\s(?:=|->|→|:)\s|:\s", clause[:opening])[-1].strip(" -–—,;:.")
    subject = _FILLER.sub("", subject)
    words = subject.split()
    return subject if 1 <= len(words) <= 4 and content_words(subject) else ""
