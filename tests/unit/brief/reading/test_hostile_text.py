"""Markup typed or pasted into a record is never content: no question, hook or offer from it."""

from __future__ import annotations

from netprep.domain.brief.reading.sources import plain_parts
from netprep.domain.records import Contact, Profile
from tests.unit.brief.quick import brief_for, page_text

ME = Profile(name="Jordan Ellis", headline="Teacher", good_at="lessons", interests=["bouldering"])


def test_markup_is_cut_out_and_what_remains_is_verbatim() -> None:
    for text, expected in [
        ("[Head of L&D](javascript:alert(1))", ["Head of L&D"]),
        ("Acme <b onmouseover=alert(1)>Learning</b>", ["Acme", "Learning"]),
        ("her newsletter ![pixel](http://t.example/p.gif) weekly", ["her newsletter", "weekly"]),
        ("<script>alert(3)</script>Scaling onboarding", ["Scaling onboarding"]),
        (
            "post: [Why we cut steps](https://x.example/a)",
            ["post: [Why we cut steps](https://x.example/a)"],
        ),
    ]:
        parts = plain_parts(text)
        assert parts == expected
        assert all(part in text for part in parts)


def test_hostile_fields_and_notes_never_become_content() -> None:
    contact = Contact(
        name="Eve <script>alert('n')</script> Mallory",
        role="[Head of L&D](javascript:alert(1))",
        company="Acme <b onmouseover=alert(1)>Learning</b>",
        interests=["bouldering"],
    )
    brief = brief_for(
        ME,
        contact,
        "copied from her newsletter <img src=https://t.example/p.gif alt=pixel>",
        "her portfolio: [click me](javascript:alert(document.cookie))",
        "<iframe src=http://evil.example/></iframe> built the compliance academy at Acme in 2024",
    )
    made = "\n".join([*(q.text for q in brief.questions), *(o.text for o in brief.offers)])
    made += "\n" + "\n".join(h.text for h in brief.hooks) + "\n".join(brief.summary)
    for hostile in ("javascript", "JavaScript", "pixel", "click me", "alert", "iframe", "<"):
        assert hostile not in made, hostile
    assert "Eve" in page_text(brief)


def test_plain_text_keeps_its_quotes() -> None:
    text = "Talk at Mind the Product 2025: 'Clinicians are your best PMs (if you let them)'"
    assert plain_parts(text) == [text]
