"""Misreadings found by reading briefs for people the engine had never seen, each held here.

A warned-off topic the page still raised, a caution that swallowed the role and the
give-back, a dropped hobby offered as common ground, "Like you, I'm into Nigeria", a
guess cut off mid-sentence, a pasted "About" read as the user's own doubt, a plan asked
as the wrong kind, "from where you sit at Department for…", a deputy director asked
about art and a restaurant owner about product work.
"""

from __future__ import annotations

from dataclasses import replace

from netprep.domain.brief.model import QuestionKind
from netprep.domain.records import Contact, Profile
from tests.unit.brief.quick import brief_for, page_text

ME = Profile(
    name="Tunde Bakare",
    headline="Data engineer looking for work in climate or health data",
    location="London, UK",
    good_at="building reliable batch pipelines in Spark and dbt",
    unique="I taught maths in a secondary school for four years before moving into data",
    interests=["chess", "climbing", "golf"],
    employers=["Lagos University Teaching Hospital"],
    current_goal="find a data engineering role in climate tech or public health",
    current_challenge="I was laid off in June and my network outside fintech is thin",
)


def _them(**fields: object) -> Contact:
    base: dict[str, object] = {"name": "Kasia Nowak", "role": "Senior Data Engineer"}
    return Contact(id="c-them", **{**base, **fields})  # type: ignore[arg-type]


def test_a_warned_off_event_is_not_raised_in_other_words() -> None:
    """ "don't bring up the layoffs": the user's own "I was laid off" is not asked either,
    and the next best question of that kind takes its place."""
    brief = brief_for(ME, _them(), "don't bring up the layoffs unless she does")
    assert "laid off" not in page_text(brief)
    assert [q.kind for q in brief.questions] == list(QuestionKind)


def test_a_caution_keeps_to_its_topic() -> None:
    """The reason after a warning ("sensitive for her unit") is not part of what to avoid:
    the role ("…Cardiothoracic Unit") and the plain give-back stay on the page."""
    contact = _them(role="Nurse Manager, Cardiothoracic Unit", company="Reddington Hospital")
    brief = brief_for(
        ME,
        contact,
        "don't mention japa / nurses leaving for the UK, sensitive for her unit",
        "don't ask her to refer me to anything directly — this is just advice",
    )
    assert any("Cardiothoracic Unit" in d.text for d in brief.dont_ask)
    assert any(o.category == "ask" for o in brief.offers)
    assert len(brief.cautions) == 2


def test_an_interest_they_gave_up_is_no_common_ground() -> None:
    contact = _them(interests=["climbing"])
    brief = brief_for(
        ME, contact, "not into climbing anymore, hurt her shoulder", "gave up golf years ago"
    )
    said = page_text(brief)
    assert "climbing" not in said
    assert "golf" not in said


def test_a_city_named_in_passing_is_not_a_shared_interest() -> None:
    """ "I trained in Lagos" and "nurses across Lagos" are places, not a love of travel."""
    me = replace(ME, unique="I trained in Lagos and have worked on wards on two continents")
    brief = brief_for(me, _them(), "runs a WhatsApp group for young nurses across Lagos")
    assert "Nigeria" not in page_text(brief)


def test_a_shared_employer_under_its_initials() -> None:
    brief = brief_for(ME, _them(), "Before that she was a ward sister at LUTH (2012-2018)")
    assert any(h.category == "employer" for h in brief.hooks)
    assert "Like you, I spent time at Lagos University Teaching Hospital." in brief.summary


def test_a_guess_is_checked_whole_and_cleanly() -> None:
    brief = brief_for(
        ME,
        _them(),
        "I think she did the google ux cert but not sure",
        "I'm not sure if she's opening a 2nd office",
        "did her masters at ETH Zurich. not sure",
        "plays chess online, maybe a lichess game sometime?",
    )
    checks = [c.text for c in brief.check_first]
    assert "She did the google ux cert: is that right?" in checks
    assert "She's opening a 2nd office: is that right?" in checks
    assert "Did her masters at ETH Zurich: is that right?" in checks
    assert not any("lichess" in c for c in checks)  # the user's idea, not a guess about her


def test_a_pasted_about_is_their_voice_not_the_users_doubt() -> None:
    brief = brief_for(
        ME,
        _them(),
        "About: I'm a designer. I believe good design is invisible. Previously @ Shopify",
    )
    assert not any("invisible" in c.text for c in brief.check_first)


def test_a_plan_is_asked_as_the_kind_it_is() -> None:
    brief = brief_for(
        ME,
        _them(company="DEFRA"),
        "ask re: how she built her portfolio when she went agency -> product",
        "ask about how the civil service hires data engineers",
    )
    asked = [*brief.questions, *brief.alternatives]
    plans = {q.kind: q.text for q in asked if q.category == "your plan"}
    assert plans[QuestionKind.HOW] == (
        "Could you tell me how you built your portfolio when you went agency to product?"
    )
    assert (
        plans[QuestionKind.VIEW] == "Could you tell me how the civil service hires data engineers?"
    )


def test_someone_who_goes_by_they_is_asked_as_you() -> None:
    contact = _them(name="Rowan Fletcher", role="PhD student, ecology")
    brief = brief_for(ME, contact, "uses they/them", "ask them how they manage 40TB on a cluster")
    plan = next(q for q in brief.questions if q.category == "your plan")
    assert plan.text == "Could you tell me how you manage 40TB on a cluster?"


def test_an_offer_keeps_its_reason_apart() -> None:
    brief = brief_for(ME, _them(), "could send her my risograph zine, she collects them")
    assert brief.offers[0].text == "Send her your risograph zine — she collects them (your idea)"


def test_an_institution_takes_its_article() -> None:
    contact = _them(name="Neil Baxter", company="Department for Environment, Food & Rural Affairs")
    brief = brief_for(ME, contact)
    assert "from where you sit at the Department for Environment" in brief.summary[2]
    trust = brief_for(ME, _them(role="Lead Pharmacist", company="University Hospitals Birmingham"))
    assert "Lead Pharmacist at University Hospitals Birmingham" in page_text(trust)


def test_a_job_title_word_does_not_pick_the_field() -> None:
    """A deputy director is not asked about artists, nor a restaurant owner about product
    work; a foreman is in the trades."""
    director = brief_for(ME, _them(role="Deputy Director, Data", company="DEFRA"))
    owner = brief_for(ME, _them(role="Owner / chef", company="Cocina Rosa"))
    foreman = brief_for(ME, _them(role="General foreman", company="Sargent Electric"))
    asked = [q.category for b in (director, owner) for q in [*b.questions, *b.alternatives]]
    assert not any(
        c in ("general: the creative industries", "general: product management") for c in asked
    )
    assert any(
        q.category == "general: the trades" for q in [*foreman.questions, *foreman.alternatives]
    )


def test_the_referral_ask_names_the_goal_not_its_widest_word() -> None:
    """ "a product design role at a mid-size tech company": names about product design."""
    me = replace(ME, current_goal="land a product design role at a mid-size tech company")
    brief = brief_for(me, _them())
    assert "talk to about UX design?" in brief.referral_ask


def test_a_past_job_is_still_a_background_in_common() -> None:
    """ "ex icu sister" is over as a job, not as common ground: only hobbies are dropped."""
    me = replace(ME, headline="ICU nurse moving into health informatics")
    brief = brief_for(me, _them(role="CNIO"), "cnio since 2023. ex icu sister at salford!!")
    assert any("critical care" in h.text for h in brief.hooks)
