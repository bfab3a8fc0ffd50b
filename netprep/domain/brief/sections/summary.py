"""The three-sentence self-summary, in the user's voice, and how long it takes to say.

Sentence one: what I'm good at. Two: what makes me unusual. Three: what I have
in common with *this* person (the best hook), so every contact gets their own.
User fields may hold several sentences or none: each becomes exactly one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from netprep.domain.brief.sections.hooks import Hook
from netprep.domain.brief.words.orgs import with_article
from netprep.domain.brief.words.spelling import word_set
from netprep.domain.brief.words.text import lower_first, upper_first, word_count
from netprep.domain.brief.words.voice import as_sentence, goal_phrase
from netprep.domain.records import Profile

SPOKEN_LIMIT_SECONDS = 60

_ADJECTIVES = word_set(
    """
    calm good great strong patient organised organized detail-oriented curious comfortable
    fluent experienced known skilled quick fast reliable creative analytical practical hands-on
    passionate obsessed happiest happy at confident
    """
)
_NOUN_STARTERS = word_set(
    """
    a an the ten two three four five six seven eight nine twenty fifteen years having being one
    several many over almost nearly more
    """
)


_PAST_VERBS = word_set(
    """
    spent worked taught built ran led trained studied grew started founded managed served
    moved switched came lived nursed coached designed wrote raised played qualified
    """
)


@dataclass(frozen=True)
class SummaryTiming:
    words: int
    seconds: int
    too_long: bool


def summary_timing(summary: list[str], words_per_minute: int = 150) -> SummaryTiming:
    """Word count and speaking time of a (possibly edited) summary; too long past a minute."""
    words = sum(word_count(sentence) for sentence in summary)
    rate = max(1, words_per_minute)
    seconds = round(words * 60 / rate)
    return SummaryTiming(words, seconds, seconds > SPOKEN_LIMIT_SECONDS)


def self_summary(
    profile: Profile,
    best_hook: Hook | None,
    company: str,
    is_proper: Callable[[str], bool] = lambda word: False,
) -> list[str]:
    """Exactly three sentences. ``is_proper`` says which words are names ('Python')."""
    names = _ProperNames(is_proper)
    first = _finish(_strengths(profile, names))
    second = _finish(_difference(profile, names))
    goal_said = bool(profile.current_goal.strip()) and second.startswith("Right now I'm")
    third = _finish(_in_common(profile, best_hook, company, goal_said))
    return [first, second, third]


# Nothing is invented: a missing profile field says what to fill in, in brackets the
# user will not read out by mistake.
FILL_GOOD_AT = "[Fill in your profile: what you're good at]"
FILL_UNIQUE = "[Fill in your profile: what makes you different]"


@dataclass(frozen=True)
class _ProperNames:
    known: Callable[[str], bool]

    def lower(self, text: str) -> str:
        """Lower-case the first word unless it is a name ('Python and Postgres')."""
        first = text.split()[0] if text.split() else ""
        bare = first.strip(",.;:")
        if (
            bare == "I"
            or self.known(bare)
            or (len(bare) > 1 and bare[:1].isupper() and not bare[1:].islower())
        ):
            return text
        return lower_first(text)


def _strengths(profile: Profile, names: _ProperNames) -> str:
    text = as_sentence(profile.good_at, names.known)
    if not text:
        headline = as_sentence(profile.headline)
        if headline:
            return headline if _first_person(headline) else f"I'm {_with_article(headline)}"
        return FILL_GOOD_AT
    first = text.split()[0].casefold()
    if first in ("good", "great", "strong", "really", "very") or first in _ADJECTIVES:
        return f"I'm {lower_first(text)}"
    if _first_person(text):
        return text
    return f"I'm good at {names.lower(text)}"


def _difference(profile: Profile, names: _ProperNames) -> str:
    text = as_sentence(profile.unique, names.known)
    if text:
        first = text.split()[0].casefold()
        if first in _NOUN_STARTERS or first.isdigit():  # "Ten years on the shop floor…"
            return f"What sets me apart is {names.lower(text)}"
        if _first_person(text):
            return text
        if first in _PAST_VERBS:  # "Spent ten years on the shop floor" -> "I spent…"
            return f"I {lower_first(text)}"
        if first.endswith("ing") or first in _NOUN_STARTERS or first.isdigit():
            return f"What sets me apart is {names.lower(text)}"
        return f"What sets me apart is {names.lower(text)}"
    employers = [e.strip() for e in profile.employers if e.strip()]
    if employers:
        return f"I've worked at {_join(employers[:3])}"
    schools = [s.strip() for s in profile.schools if s.strip()]
    if schools:
        return f"I studied at {_join(schools[:2])}"
    if profile.current_goal.strip():
        return f"Right now I'm {goal_phrase(profile.current_goal)}"
    return FILL_UNIQUE


def _in_common(profile: Profile, hook: Hook | None, company: str, goal_said: bool) -> str:
    if hook is not None and hook.sentence:
        return hook.sentence
    where = f" at {with_article(company.strip())}" if company.strip() else ""
    if profile.current_goal.strip() and not goal_said:
        return (
            f"Right now I'm {goal_phrase(profile.current_goal)}, which is why I was keen to "
            f"hear how things look from where you sit{where}"
        )
    return f"I'm keen to hear how things look from where you sit{where}"


def _first_person(text: str) -> bool:
    """Already in the user's voice: starts with 'I', or says 'I'/'my' early on."""
    if re.match(r"^(?:I|I'm|I’m|I've|I’ve|I'd|My|Me)\b", text):
        return True
    return bool(re.search(r"\b(?:I|I'm|I’m|I've|I’ve|I'd)\b", " ".join(text.split()[:8])))


def _with_article(headline: str) -> str:
    first = headline.split()[0].casefold()
    if first in ("a", "an", "the") or (headline[:1].isupper() and headline.split()[0].isupper()):
        return lower_first(headline)
    article = "an" if first[:1] in "aeiou" else "a"
    return f"{article} {lower_first(headline)}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _finish(sentence: str) -> str:
    """One clean sentence: capitalised, one full stop at the end."""
    if sentence.startswith("[") and sentence.endswith("]"):
        return sentence  # a note to fill in the profile, not a sentence to say
    sentence = re.sub(r"\s+", " ", sentence).strip().rstrip(" .;:,—-!?…")
    return upper_first(sentence) + "."
