"""Common-interest matching: synonyms, related terms, spelling, specificity, mutual contacts."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief
from netprep.domain.brief.taxonomy import RelationKind, Taxonomy, TaxonomyError
from netprep.domain.records import Contact, Note, NoteKind, Profile
from tests.unit.brief.personas import NOW, agenda, taxonomy


def brief_for(
    my_interests: list[str],
    contact: Contact,
    notes: str = "",
    network: list[Contact] | None = None,
    **profile: Any,
) -> Brief:
    me = Profile(
        name="Sam Okoro",
        good_at="Planning complex projects",
        unique="Ten years in logistics",
        interests=my_interests,
        current_goal="Move into product management",
        **profile,
    )
    note_list = (
        [Note(contact_id=contact.id, date=date(2026, 11, 1), body=notes, kind=NoteKind.RESEARCH)]
        if notes
        else []
    )
    return build_brief(
        me,
        contact,
        note_list,
        "Learn how product teams work",
        [],
        network or [],
        taxonomy(),
        agenda(),
        NOW,
    )


def interest_hooks(brief: Brief) -> list[str]:
    return [h.text for h in brief.hooks if h.category == "interest"]


def test_synonyms_match_soccer_and_football() -> None:
    brief = brief_for(["soccer"], Contact(name="Lena Vogt", interests=["football"]))
    assert interest_hooks(brief) == ["Shared interest: football (you: soccer)"]
    assert brief.summary[2] == "Like you, I follow football."


def test_related_terms_running_and_a_marathon_in_the_notes() -> None:
    contact = Contact(name="Ola Nowak")
    brief = brief_for(["running"], contact, "- ran the Berlin Marathon last sept, 3:41")
    assert interest_hooks(brief) == ["Shared interest: running (Ola: Berlin Marathon)"]
    hook = brief.hooks[0]
    assert [e.excerpt for e in hook.evidence] == [
        "running",
        "ran the Berlin Marathon last sept, 3:41",
    ]


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ("board games", "boardgames"),  # spacing
        ("Trail-running", "trail running"),  # hyphen and case
        ("marathons", "marathon"),  # plural
        ("theatre", "theater"),  # British / American spelling
        ("vintage synthesisers", "Vintage Synthesizers"),  # not in the taxonomy at all
        ("Organisational psychology", "organizational psychology"),  # -isation / -ization
    ],
)
def test_plurals_spelling_and_spacing_variants_match(mine: str, theirs: str) -> None:
    brief = brief_for([mine], Contact(name="Kim Lee", interests=[theirs]))
    assert interest_hooks(brief), f"{mine!r} should match {theirs!r}"


def test_ambiguous_words_do_not_match_in_free_text() -> None:
    contact = Contact(name="Noor Ali")
    notes = "running the ICU night shift this month. lives in Chelsea. Met for coffee near Bank."
    brief = brief_for(["running", "Chelsea", "coffee"], contact, notes)
    assert interest_hooks(brief) == []


def test_a_specific_shared_interest_outranks_a_generic_one() -> None:
    contact = Contact(name="Ravi Patel", interests=["sports", "Arsenal", "cooking"])
    brief = brief_for(["sports", "Arsenal", "baking"], contact)
    texts = interest_hooks(brief)
    assert texts[0] == "Shared interest: Arsenal"
    assert "Shared interest: cooking (you: baking)" in texts
    assert texts.index("Shared interest: cooking (you: baking)") < len(texts)
    scores = {h.text: h.score for h in brief.hooks}
    assert scores["Shared interest: Arsenal"] > scores["Shared interest: cooking (you: baking)"]
    # "sports" is what Arsenal already implies: no separate, vaguer hook for it.
    assert not any(t.startswith("Shared interest: sports") for t in texts)


def test_rival_teams_still_share_the_league() -> None:
    brief = brief_for(["Chelsea"], Contact(name="Jo Park", interests=["Gunners"]))
    assert interest_hooks(brief) == ["Shared interest: Premier League (Jo: Gunners; you: Chelsea)"]
    assert brief.summary[2] == "Like you, I follow the Premier League, though I support Chelsea."


def test_depth_is_specificity_in_the_taxonomy() -> None:
    tax = taxonomy()
    same_team = tax.relate("arsenal", "arsenal")
    rivals = tax.relate("chelsea", "arsenal")
    both_sports = tax.relate("sports", "sports")
    unrelated = tax.relate("running", "chess")
    assert same_team and rivals and both_sports
    assert same_team.strength > rivals.strength > both_sports.strength
    assert rivals.kind is RelationKind.SIBLING and rivals.shared.label == "Premier League"
    assert unrelated is None
    broader = tax.relate("running", "marathon")
    assert broader is not None and broader.kind is RelationKind.BROADER


def test_schools_employers_and_places_are_matched_by_what_the_names_mean() -> None:
    contact = Contact(name="Ade Bello", location="Leeds, West Yorkshire")
    notes = "Leeds Uni alum? no - did her MBA at LSE. previously at Deloitte UK. Grew up in Hull."
    brief = brief_for(
        [],
        contact,
        notes,
        schools=["London School of Economics"],
        employers=["Deloitte"],
        location="Leeds",
    )
    categories = [h.category for h in brief.hooks]
    assert categories.count("school") == 1 and "employer" in categories and "place" in categories
    school = next(h for h in brief.hooks if h.category == "school")
    assert "LSE" in school.evidence[1].excerpt
    assert brief.summary[2] == "Like you, I studied at the London School of Economics." or (
        brief.summary[2].startswith("Like you, I")
    )


def test_a_different_university_sharing_a_city_name_is_not_a_match() -> None:
    contact = Contact(name="Tom Bray")
    brief = brief_for(
        [], contact, "studied at Leeds Beckett University", schools=["University of Leeds"]
    )
    assert not any(h.category == "school" for h in brief.hooks)


def test_mutual_contacts_from_referrals_and_names_in_notes() -> None:
    referrer = Contact(name="Hannah Cole", role="Finance Business Partner")
    contact = Contact(name="Marcus Bell", company="Ocado Retail", referred_by=referrer.id)
    referred = Contact(name="Leah Grant", referred_by=contact.id)
    named = Contact(name="Omar Said", role="PhD student")
    names_them = Contact(
        name="Ivy Chen", background="Worked for Marcus Bell at Ocado for two years"
    )
    colleague = Contact(name="Ben Carter", company="Ocado Retail Ltd")
    stranger = Contact(name="Zoe Hart", company="Tesco")
    notes = "Knows Omar Said from the ICAEW committee. Omar is great. Mentioned omar said hi."
    brief = brief_for(
        [], contact, notes, network=[referrer, referred, named, names_them, colleague, stranger]
    )
    mutual = [h.text for h in brief.hooks if h.category == "mutual"]
    assert mutual[0] == (
        "Mutual contact: Hannah Cole (Finance Business Partner) — Hannah introduced you to Marcus"
    )
    assert any(t.startswith("Mutual contact: Leah Grant") for t in mutual)
    assert any(t.startswith("Mutual contact: Omar Said") for t in mutual)
    assert any(t.startswith("Mutual contact: Ivy Chen") for t in mutual)
    assert len(brief.hooks) == 4  # the brief keeps the best four openers only
    assert not any("Zoe Hart" in h.text for h in brief.hooks)
    assert brief.summary[2] == "We both know Hannah Cole, who suggested I get in touch."
    # A colleague is only a possible link, so it ranks below the four stored links above.
    alone = brief_for([], contact, "", network=[colleague, stranger])
    possible = [h.text for h in alone.hooks if h.category == "colleague"]
    assert possible == [
        "Possible mutual contact: Ben Carter also works at Ocado Retail Ltd — "
        "ask whether they know each other"
    ]
    assert not any("Zoe Hart" in h.text for h in alone.hooks)


def test_the_shipped_taxonomy_is_hierarchical_and_unambiguous() -> None:
    tax = taxonomy()
    assert 250 <= len(tax) <= 400
    assert max(c.depth for c in tax.concepts()) >= 4
    categories = {c.category for c in tax.concepts()}
    for needed in (
        "sports",
        "outdoors",
        "arts",
        "music",
        "food-and-drink",
        "technology",
        "health-care",
        "finance",
        "education",
        "skilled-trades",
        "languages",
        "travel",
        "family",
        "causes",
        "reading",
        "games",
    ):
        assert needed in categories, needed
    clashes = {
        key: terms for key, terms in tax._index.items() if len({t.concept_id for t in terms}) > 1
    }
    assert clashes == {}, "a term may name only one concept"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "no 'concepts'"),
        ({"concepts": [{"label": "sports"}]}, "needs a kind"),
        (
            {"concepts": [{"label": "a", "kind": "personal"}, {"label": "a", "kind": "personal"}]},
            "used twice",
        ),
        ({"concepts": [{"label": "a", "kind": "personal", "related": ["nowhere"]}]}, "unknown"),
        ({"concepts": [{"label": "a", "kind": "personal", "synonyms": "b"}]}, "list of strings"),
    ],
)
def test_malformed_taxonomy_data_is_rejected_clearly(data: dict[str, object], message: str) -> None:
    with pytest.raises(TaxonomyError, match=message):
        Taxonomy.from_dict(data)
