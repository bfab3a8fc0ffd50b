"""One rule for first names (nameparser underneath), used by briefs and drafts alike."""

from __future__ import annotations

import pytest

from netprep.domain.person_names import first_name
from netprep.domain.records import Contact, Profile
from tests.unit.brief.quick import brief_for, page_text


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Mensah, Daniel", "Daniel"),
        ("Rev. Grace Adeyemi", "Grace"),
        ("Tom Baker CFA", "Tom"),
        ("Dr Sarah Chen, MD", "Sarah"),
        ("Prof Wei Zhang PhD", "Wei"),
        ("van der Berg, Anja", "Anja"),
        ("García, José M.", "José"),
        ("Hélène Lefèvre-Côté", "Hélène"),
        ("Eve <script>alert(1)</script> Mallory", "Eve"),
        ("Madonna", "Madonna"),
        ("", ""),
    ],
)
def test_first_name(name: str, first: str) -> None:
    assert first_name(name) == first


@pytest.mark.parametrize("name", ["Mensah, Daniel", "Rev. Daniel Mensah", "Daniel Mensah CFA"])
def test_the_brief_calls_them_by_their_first_name(name: str) -> None:
    me = Profile(name="Ana Ruiz", headline="ICU nurse", good_at="calm under pressure")
    contact = Contact(name=name, role="Senior PM", company="Wardline Health")
    brief = brief_for(me, contact, "gave a talk at HETT on e-obs", "ask him about e-obs")
    text = page_text(brief) + brief.referral_ask + " ".join(brief.follow_up_plan)
    assert "Daniel" in text
    for wrong in ("Mensah,", "Rev ", "Rev.", "CFA", "Mensah's"):
        assert wrong not in text
