"""A purpose asked to their face cites the note that shows they did it, in any language."""

from __future__ import annotations

from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.sections.plans import purpose_question
from tests.unit.brief.personas import taxonomy

FRENCH = Passage(
    "Hélène a été enseignante de français au secondaire pendant 10 ans avant de passer à "
    "la conception pédagogique en 2018.",
    "note 2026-10-01 (research)",
    "note",
    note_id="n1",
)
OTHER = Passage(
    "Sings in a choir (Chœur de l'Université).", "note 2026-10-02", "note", note_id="n2"
)


def test_a_note_in_french_backs_a_purpose_written_in_english() -> None:
    purpose = "learn how she moved from teaching French into pedagogical design"
    asked = purpose_question(purpose, "Hélène", {}, [OTHER, FRENCH], taxonomy())
    assert asked is not None
    assert (
        asked.text
        == "Could you tell me how you moved from teaching French into pedagogical design?"
    )
    assert [e.note_id for e in asked.evidence] == ["n1", ""]  # the note first, then the purpose
    assert asked.evidence[1].source == "meeting: purpose"


def test_a_purpose_with_no_note_behind_it_cites_the_purpose_only() -> None:
    purpose = "learn how she moved from teaching French into pedagogical design"
    asked = purpose_question(purpose, "Hélène", {}, [OTHER], taxonomy())
    assert asked is not None
    assert [e.source for e in asked.evidence] == ["meeting: purpose"]
