"""Turning note-speak into things a person would say out loud.

Notes say "led the EPR rollout w/ her team, ~2 yrs"; a question says "you led the
EPR rollout with your team, about 2 years". Profiles say "Move into informatics";
the summary says "I'm moving into informatics". Conservative by design: when a
clause cannot be turned round cleanly, the caller gets None and asks something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from netprep.domain.brief.words.shorthand import expand_shorthand
from netprep.domain.brief.words.spelling import word_set
from netprep.domain.brief.words.text import lower_first, sentences, tidy

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|me|my|mine|we|our|ours)\b|\bus\b")
_VERB_FIX = {
    "has": "have",
    "is": "are",
    "was": "were",
    "does": "do",
    "goes": "go",
    "leads": "lead",
    "runs": "run",
    "manages": "manage",
    "teaches": "teach",
    "works": "work",
    "coaches": "coach",
    "hosts": "host",
    "writes": "write",
    "builds": "build",
    "says": "say",
    "thinks": "think",
    "loves": "love",
    "plays": "play",
    "sings": "sing",
    "lives": "live",
    "knows": "know",
}
_PARTICIPLE = re.compile(r"^(?:been|done|got|gone|made|built|led|run|won|written|spoken|\w+ed)$")
_NOUNLESS = word_set(
    """
    to for with at in on by from about of and or but . , ; : ! ? - — )
    """
)
_LEADING_FILLER = re.compile(r"^(?:then|also|and|but|plus|so)\s+", re.IGNORECASE)

_COMMON_VERBS = word_set(
    """
    move make find get build become break start switch transition land grow shift pivot change
    return explore learn go run set lead launch write apply retrain train study join open earn
    secure figure understand develop improve step take work hire raise publish scale create
    design plan prepare complete finish sell buy leave gain reach turn use help expand establish
    win pass qualify set-up launch found co-found relocate specialise specialize transfer
    upskill reskill network meet connect decide choose pick focus double triple save pay
    negotiate convince persuade ship deliver lead manage mentor coach teach present speak
    publish submit apply graduate finish enter rejoin re-enter return restart rebuild fix
    """
)
_PLAIN_STARTERS = word_set(
    """
    the a an this that it and but also mostly often usually especially plus then so my our
    mainly largely lately recently currently now always
    """
)
_DOUBLE_FINAL = word_set(
    """
    get set run stop plan shop swim begin win put cut step
    """
)


def second_person(
    clause: str, names: list[str], *, keep_mine: bool = False, they: bool = False
) -> str | None:
    """'she led her team' -> 'led your team'; None if it cannot be said to their face.

    ``keep_mine``: the user's own "me"/"my" may stay ("whether the MSc is worth it for
    someone like me"), as in a question the user planned to ask. ``they``: the contact
    goes by "they" ("how they manage 40TB" -> "how you manage 40TB").
    """
    text = expand_shorthand(tidy(clause))
    text = re.sub(r"\s*\([^)]*\)?", "", text).strip()
    for name in sorted((n for n in names if n), key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(name)}['’]s\b", "your", text)
        text = re.sub(rf"\b{re.escape(name)}\b", "you", text)
    if _FIRST_PERSON.search(text) and not keep_mine:
        return None
    words = text.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        bare = word.strip(",.;:!?").casefold()
        nxt = words[i + 1].strip(",.;:!?").casefold() if i + 1 < len(words) else "."
        replacement = _swap_pronoun(bare, nxt) or (_THEY.get(bare) if they else None)
        if replacement is not None:
            word = _keep_punctuation(word, replacement)
        elif out and out[-1].casefold() == "you" and _third_person_verb(bare):
            word = _keep_punctuation(word, _VERB_FIX.get(bare) or _base_form(bare))
        out.append(word)
    text = _LEADING_FILLER.sub("", " ".join(out)).strip().rstrip(".,;:!?").strip()
    return lower_first(text) if text else None


_NOT_VERBS = word_set("as us this thus its yes always sometimes perhaps across less unless")


def _third_person_verb(word: str) -> bool:
    """'plans', 'runs', 'watches' after a "you" that was "he"/"she": a verb to agree."""
    if word in _VERB_FIX:
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s"))
        and word.isalpha()
        and word not in _NOT_VERBS
    )


def _base_form(word: str) -> str:
    """'plans' -> 'plan', 'tries' -> 'try', 'watches' -> 'watch', 'fixes' -> 'fix'."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "zes", "sses", "oes")):
        return word[:-2]
    return word[:-1]


_THEY = {
    "they": "you",
    "them": "you",
    "their": "your",
    "theirs": "yours",
    "themselves": "yourself",
    "themself": "yourself",
    "they're": "you're",
    "they’re": "you're",
    "they've": "you've",
    "they’ve": "you've",
    "they'd": "you'd",
    "they’d": "you'd",
    "they'll": "you'll",
    "they’ll": "you'll",
}
# The notes say the contact goes by "they": "uses they/them", "pronouns: they".
THEY_PRONOUNS = re.compile(
    r"\bthey\s*/\s*them\b|\b(?:uses?|pronouns?:?|goes by)\s+[\"'“‘]?they\b", re.IGNORECASE
)


def _swap_pronoun(word: str, following: str) -> str | None:
    if word in ("she", "he"):
        return "you"
    if word in ("she's", "he's", "she’s", "he’s"):
        return "you've" if _PARTICIPLE.match(following) else "you're"
    if word in ("she'd", "he'd"):
        return "you'd"
    if word in ("she'll", "he'll"):
        return "you'll"
    if word == "her":
        return "you" if following in _NOUNLESS else "your"
    if word == "his":
        return "your"
    if word == "him":
        return "you"
    if word in ("herself", "himself"):
        return "yourself"
    if word == "hers":
        return "yours"
    return None


def _keep_punctuation(original: str, replacement: str) -> str:
    trailing = original[len(original.rstrip(",.;:!?")) :]
    if original[:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    return replacement + trailing


def gerund(verb: str) -> str:
    verb = verb.casefold()
    if verb in _DOUBLE_FINAL:
        return verb + verb[-1] + "ing"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


def _first_part(goal: str, limit: int = 14) -> str:
    """Long goals read badly inside a question: keep the first clause of a long one."""
    text = tidy(goal).strip()
    text = re.split(r"(?<=[.!?;:])\s", text)[0]
    if len(text.split()) > limit:
        text = re.split(r",\s+(?:and\s+)?|\s+—\s+|\s+-\s+", text)[0]
    return text.rstrip(".!?,;: ")


def as_doing(goal: str) -> str:
    """A goal as an '-ing' phrase: 'Move into informatics' -> 'moving into informatics'."""
    text = _first_part(goal)
    text = re.sub(
        r"^(?:I'm|I am|I’m)\s+"
        r"(?:currently\s+|hoping to\s+|trying to\s+|looking to\s+|aiming to\s+)?",
        "",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(
        r"^(?:I|my goal is to|goal:|to)\s+(?:want to|would like to|'d like to|hope to|plan to)?\s*",
        "",
        text,
        flags=re.IGNORECASE,
    ).strip()
    text = re.sub(r"^(?:want to|would like to|hope to|plan to|aim to)\s+", "", text, flags=re.I)
    if not text:
        return ""
    first, _, rest = text.partition(" ")
    lowered = first.casefold()
    if lowered.endswith("ing"):
        return lower_first(text)
    if lowered in _COMMON_VERBS:
        rest = re.sub(
            r"\b(and|or|then) (\w+)\b",
            lambda m: (
                f"{m.group(1)} {gerund(m.group(2))}"
                if m.group(2).casefold() in _COMMON_VERBS
                else m.group(0)
            ),
            rest,
        )
        return f"{gerund(lowered)} {rest}".strip()
    return f"working towards {lower_first(text)}"


def goal_phrase(goal: str) -> str:
    """What follows "I'm": 'trying to win a fellowship' for a verb, else the -ing form."""
    doing = as_doing(goal)
    if not doing:
        return ""
    text = _first_part(goal)
    text = re.sub(
        r"^(?:I'm|I am|I’m|I)\s+(?:trying to|hoping to|want to|looking to|would like to"
        r"|aiming to|plan to)\s+|^to\s+",
        "",
        text,
        flags=re.IGNORECASE,
    ).strip()
    first = text.split(" ", 1)[0].casefold() if text else ""
    if first in _COMMON_VERBS:
        return f"trying to {lower_first(text)}"
    return doing


def as_sentence(text: str, is_proper: Callable[[str], bool] = lambda word: False) -> str:
    """Several sentences (or fragments) of a user field joined into one clean sentence.

    Short fragments read as a list ("data pipelines, Python and teaching juniors");
    longer ones are joined with a dash or a semicolon. Names keep their capitals.
    """
    parts = sentences(tidy(text))
    if not parts:
        return ""

    def lowered(part: str) -> str:
        first = part.split()[0].strip(",;:")
        if is_proper(first) or first == "I" or first.startswith(("I'", "I’")):
            return part
        if first.casefold() in _PLAIN_STARTERS or first[1:].islower():
            return lower_first(part)
        return part

    rest = [lowered(p) for p in parts[1:]]
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
        return ", ".join([parts[0], *rest[:-1]]) + " and " + rest[-1]
    joined = parts[0]
    for part in rest:
        glue = " — " if len(part.split()) <= 6 and " — " not in joined else "; "
        joined += glue + part
    return joined


_WANTS = re.compile(
    r"^(?:I\s+(?:really\s+)?(?:want|would like|'d like|’d like|hope|plan|aim|need|intend)\s+to"
    r"|I(?:'m|’m| am)\s+(?:currently\s+)?(?:trying|hoping|looking|aiming|planning|keen)\s+to"
    r"|(?:my\s+)?(?:goal|aim|plan)(?:\s+is)?(?:\s+to|:)|to)\s+",
    re.IGNORECASE,
)
_OWN_SENTENCE = re.compile(r"^(?:I|I'm|I’m|I've|I’ve|I'd|I’d|My|We|We're|We’re)\b")
_NOUN_START = word_set(
    """
    a an the my some more one two three four five six seven eight nine ten another
    """
)
_CLAUSE_BREAKS = (
    r";\s+|\s+[—–]\s+|\s+-\s+|:\s+",
    r",\s+(?:and|but|then|so|while)\s+",
    r",\s+",
)


def _goal_clause(goal: str, limit: int) -> str:
    """The first sentence of a goal, cut to its first clause when it runs long."""
    text = tidy(goal).strip()
    text = re.split(r"(?<=[.!?])\s+", text)[0].rstrip(".!?… ").strip()
    for pattern in _CLAUSE_BREAKS:
        if len(text.split()) <= limit:
            break
        text = re.split(pattern, text)[0].strip()
    if len(text.split()) > limit:  # "learn X and meet Y": keep the first of two aims
        joined = re.match(r"^(.+?)\s+and\s+(\w+)\b", text)
        if joined and joined.group(2).casefold() in _COMMON_VERBS:
            text = joined.group(1)
    return text.rstrip(",;: ") if len(text.split()) <= limit else ""


def goal_sentence(goal: str, limit: int = 16) -> str:
    """The user's goal as one sentence they can say, whatever shape it was written in.

    'Learn how clinicians moved into product, and meet PMs' -> 'I'm trying to learn how
    clinicians moved into product.'; 'A role in UX by 2027' -> 'I'm working towards a
    role in UX by 2027.'; 'I want to move into UX.' -> 'I'm trying to move into UX.'
    Empty when the goal is empty or too long to say in one breath.
    """
    text = _goal_clause(goal, limit)
    wants = _WANTS.match(text)
    if wants:
        text = text[wants.end() :].strip()
    elif _OWN_SENTENCE.match(text):
        return text[:1].upper() + text[1:] + "."
    if not text:
        return ""
    first = text.split()[0].casefold().strip(",")
    if first in _COMMON_VERBS:
        return f"I'm trying to {lower_first(text)}."
    if first.endswith("ing") and len(first) > 4:
        return f"I'm {lower_first(text)}."
    if first in _NOUN_START or first[:1].isdigit():
        return f"I'm working towards {lower_first(text)}."
    return f"My goal: {lower_first(text)}."
