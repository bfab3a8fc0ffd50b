"""Print the six personas' briefs as a person would read them (not a test).

Run: .venv/bin/python tests/unit/brief/show_briefs.py [persona-key ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from netprep.domain.brief.model import Brief
from tests.unit.brief.personas import all_personas


def show(brief: Brief, evidence: bool = True) -> str:
    lines = [f"# Brief: {brief.contact_name}", f"Purpose: {brief.purpose}", "", "## Hooks"]
    for item in brief.hooks[:4]:
        lines.append(f"- {item.text}  [{item.score}]")
        if evidence:
            lines += [f"    · {e.source}: {e.excerpt}" for e in item.evidence]
    lines += [
        "",
        f"## Self-summary ({brief.summary_words} words, {brief.summary_seconds}s"
        f"{', TOO LONG' if brief.summary_too_long else ''})",
    ]
    lines += [f"  {s}" for s in brief.summary]
    lines += ["", "## Questions"]
    for q in brief.questions:
        lines.append(f"- [{q.kind.value}] {q.text}  [{q.score}]")
        if evidence:
            lines += [f"    · {e.source}: {e.excerpt}" for e in q.evidence]
    lines += ["", "## Alternatives"]
    lines += [f"- [{q.kind.value}] {q.text}  [{q.score}]" for q in brief.alternatives]
    lines += ["", "## Offer back"]
    lines += [f"- {o.text}" for o in brief.offers]
    lines += ["", "## Don't ask"]
    lines += [f"- {d.text}" for d in brief.dont_ask]
    lines += ["", f"## Research gaps: {', '.join(brief.research_gaps) or '—'}"]
    lines += ["", f"## Referral ask\n{brief.referral_ask}", "", "## Follow-up"]
    lines += [f"- {p}" for p in brief.follow_up_plan]
    return "\n".join(lines)


if __name__ == "__main__":
    wanted = set(sys.argv[1:])
    for persona in all_personas():
        if not wanted or persona.key in wanted:
            print(show(persona.brief()))
            print("\n" + "=" * 80 + "\n")
