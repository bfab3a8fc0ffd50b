"""Build the held-out briefs: each contact among the others, as in a real network."""

from __future__ import annotations

from netprep.domain.brief.model import Brief
from tests.unit.brief import corpus_score
from tests.unit.brief.corpus import Case
from tests.unit.brief.holdout import care_trades_public, design_and_data

CASES: list[Case] = [*design_and_data.CASES, *care_trades_public.CASES]


def build(case: Case) -> Brief:
    return corpus_score.build(case, among=CASES)
