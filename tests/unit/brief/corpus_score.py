"""Build the corpus briefs and score them: what a strong networker would check on each page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief, BriefItem, Question, QuestionKind
from netprep.domain.brief.network.index import NetworkIndex
from netprep.domain.brief.reading.sources import plain_parts
from tests.unit.brief.corpus import CASES, Case
from tests.unit.brief.personas import NOW, agenda, taxonomy

# Words that are note shorthand or template garble, never said aloud.
_SHORTHAND = re.compile(r"\b(?:w/o?|b4|thru|yrs|abt|ppl|govt|dept|hes|shes|dont)\b|\?\?|!!|\{|\}")
_INTERNAL = re.compile(r"current_goal|current_challenge|referred_by|current_projects|how_we_met")


def build(case: Case, index: NetworkIndex | None = None, among: Sequence[Case] = CASES) -> Brief:
    """The case's brief, its contact among the others ``among`` (a real network)."""
    others = [c.contact for c in among if c.contact.id != case.contact.id]
    return build_brief(
        profile=case.profile,
        contact=case.contact,
        notes=case.note_records(),
        purpose=case.purpose,
        earlier_meetings=[],
        network=[*case.network, *others],
        taxonomy=taxonomy(),
        agenda=agenda(),
        now=NOW,
        network_index=index,
    )


def spoken(brief: Brief) -> str:
    """Everything the brief says in its own words (not the quoted evidence)."""
    parts = [*brief.summary, *(q.text for q in brief.questions)]
    for items in (brief.hooks, brief.offers, brief.dont_ask):
        parts.extend(item.text for item in items)
    return "\n".join(parts)


def _has(items: list[BriefItem] | list[Question], words: tuple[str, ...]) -> bool:
    return any(w.casefold() in item.text.casefold() for item in items for w in words)


@dataclass
class Score:
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def check(self, name: str, ok: bool) -> None:
        (self.passed if ok else self.failed).append(name)

    @property
    def total(self) -> int:
        return len(self.passed) + len(self.failed)


def score_case(case: Case, brief: Brief) -> Score:
    s = Score()
    kinds = [q.kind for q in brief.questions]
    s.check("three questions, one of each kind", kinds == list(QuestionKind))
    s.check("questions end with ?", all(q.text.endswith("?") for q in brief.questions))
    said = spoken(brief)
    s.check("no shorthand or garble said aloud", not _SHORTHAND.search(said))
    s.check("no internal field names", not _INTERNAL.search(said))
    s.check("three summary sentences", len(brief.summary) == 3)
    s.check("every item cites a source", all(i.evidence for i in [*brief.questions, *brief.hooks]))
    if case.plan:
        s.check(
            "the user's plan leads its kind",
            any(
                q.category == "your plan"
                and any(w.casefold() in q.text.casefold() for w in case.plan)
                for q in brief.questions
            ),
        )
    if case.caution:
        s.check("the caution is shown once", _has(brief.cautions, case.caution))
    if case.offer:
        s.check("the user's offer comes first", _has(brief.offers[:1], case.offer))
    if case.check:
        s.check("the guess is under check first", _has(brief.check_first, case.check))
    if case.hook:
        s.check("the shared ground is found", _has(brief.hooks, case.hook))
    if case.how:
        how = next((q for q in brief.questions if q.kind is QuestionKind.HOW), None)
        cited = " ".join(e.excerpt for e in how.evidence) if how else ""
        s.check(
            "how-question on their notable work",
            how is not None
            and (
                how.category == "your plan"
                or any(w.casefold() in cited.casefold() for w in case.how)
            ),
        )
    for word in case.never:
        s.check(f"never says {word!r}", word not in said)
    return s


def ungrounded(case: Case, brief: Brief) -> list[str]:
    """Evidence whose quoted excerpt is not in the field or note it cites."""
    contact, notes = case.contact, case.note_records()
    problems = []
    items = [*brief.questions, *brief.alternatives, *brief.hooks, *brief.offers, *brief.dont_ask]
    for item in [*items, *brief.cautions, *brief.check_first]:
        for evidence in item.evidence:
            source = _source_text(evidence.ref, evidence.note_id, case)
            if source is None:
                continue  # another contact's record: checked by the network tests
            plain = " ".join(plain_parts(source)) + "\n" + source
            if evidence.excerpt not in plain:
                problems.append(f"{item.text!r}: {evidence.excerpt!r} not in {evidence.ref}")
    del contact, notes
    return problems


def _source_text(ref: str, note_id: str, case: Case) -> str | None:
    owner, _, name = ref.partition(": ")
    if ref.startswith("note"):
        return "\n".join(n.body for n in case.note_records() if n.id == note_id)
    if owner == "contact":
        value = getattr(case.contact, name, "")
        return "\n".join(value) if isinstance(value, list) else str(value or "")
    if owner == "profile":
        value = getattr(case.profile, name, "")
        return "\n".join(value) if isinstance(value, list) else str(value or "")
    if owner in ("meeting", "purpose"):
        return case.purpose
    return None


def corpus_score() -> tuple[int, int, list[str]]:
    """(passed, total, failures) over the whole corpus."""
    index = NetworkIndex(taxonomy())
    passed = total = 0
    failures: list[str] = []
    for case in CASES:
        result = score_case(case, build(case, index))
        passed += len(result.passed)
        total += result.total
        failures.extend(f"{case.key}: {name}" for name in result.failed)
    return passed, total, failures
