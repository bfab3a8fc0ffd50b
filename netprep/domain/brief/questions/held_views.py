"""Their view on X, from a view the notes say they hold: "she says managers should still
do a clinical shift every week" asks what is behind it, not whether they think so.

A view they stated is the best "their view on" question there is: it shows the user
listened or read, and asks for the reasons and the practice behind it, which the
notes do not hold. What they think is never asked again (it is under "don't ask").
"""

from __future__ import annotations

import re

from netprep.domain.brief.model import Question, QuestionKind
from netprep.domain.brief.questions.context import QuestionContext
from netprep.domain.brief.reading.cues import FactKind
from netprep.domain.brief.reading.sources import recency
from netprep.domain.brief.words.text import term_key, word_count
from netprep.domain.brief.words.voice import second_person

# Above a question on their field in general ("where do you see nursing going?"), below
# the user's own plans: their stated view is the most telling thing to ask about.
HELD_VIEW_SCORE = 12.0
# Where the view itself starts: after "she says (that)", "he thinks", "believes that".
_SAID = re.compile(
    r"^(?:thinks|believes|reckons|argues|feels(?: strongly)?|says|said|insists|swears)"
    r"(?:\s+that)?\s+",
    re.IGNORECASE,
)
# A view on how things ought to be: "managers should still do a clinical shift".
_SHOULD = re.compile(
    r"\b(?:should|shouldn['’]t|must|mustn['’]t|ought to|needs? to|has to|have to)\b", re.I
)
# Where it stops: ", she's strict about it", " - said it on the webinar", " (2019)".
_TAIL = re.compile(
    r"\s*(?:[,;(]|\s[-–—]+)\s*(?:(?:she|he|they)(?:['’]s| is| are| was)?|said|which|and she"
    r"|and he|but|says|per|according)\b.*$|\s*[;(].*$|\s*(?:→|->|=>).*$",
    re.IGNORECASE,
)


def held_view_questions(ctx: QuestionContext) -> list[Question]:
    """A view question on each view the notes say they hold, in so many words."""
    out: list[Question] = []
    for fact in ctx.facts:
        if fact.kind is not FactKind.OPINION or fact.passage in ctx.about_others:
            continue
        said = _SAID.match(fact.clause)
        if said is None:
            continue  # "the biggest problem is…": a view, but not said as theirs
        view = _TAIL.sub("", fact.clause[said.end() :]).strip(" .!")
        topics = [c for c in ctx.concepts_in(view) if c.professional]
        if not topics and not _SHOULD.search(view):
            continue  # "thinks the job will go to an insider": a guess, not a view on the work
        said_to_them = second_person(view, ctx.names, they=ctx.pronoun == "they")
        if said_to_them is None or not 3 <= word_count(said_to_them) <= 20:
            continue
        lead = "You mentioned that" if fact.passage.told_me else "I understand you feel"
        relevance = ctx.relevance(topics, fact.passage.text)
        score = HELD_VIEW_SCORE + 1.5 * relevance + recency(fact.passage.when, ctx.now)
        out.append(
            Question(
                f"{lead} {ctx.say(said_to_them)} — what's behind that for you, and how does it "
                "play out in practice?",
                [fact.passage.evidence()],
                round(score, 2),
                "specific",
                QuestionKind.VIEW,
                f"view:held:{term_key(said_to_them)}",
            )
        )
    return out
