"""Build the held-out briefs: each contact among the others, as in a real network."""

from __future__ import annotations

from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief
from tests.unit.brief.corpus import Case
from tests.unit.brief.holdout import care_trades_public, design_and_data
from tests.unit.brief.personas import NOW, agenda, taxonomy

CASES: list[Case] = [*design_and_data.CASES, *care_trades_public.CASES]


def build(case: Case) -> Brief:
    others = [c.contact for c in CASES if c.contact.id != case.contact.id]
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
    )
