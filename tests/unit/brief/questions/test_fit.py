"""Topics and offers that fit the person: their own line of work decides, not the subject
of one project or the words in the user's purpose."""

from __future__ import annotations

from datetime import date

from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief
from netprep.domain.records import Contact, Note, NoteKind, Profile
from tests.unit.brief.brief_checks import all_question_texts
from tests.unit.brief.personas import NOW, agenda, taxonomy

AOIFE = Profile(
    name="Aoife Brennan",
    headline="ICU nurse of 9 years moving into health-tech product work",
    good_at="I turn messy ward workflows into clear, testable requirements.",
    interests=["ceramics", "wild swimming", "Arsenal", "sourdough"],
    current_goal="Move into product management in digital health",
    current_challenge="Every product job asks for two years of PM experience",
)
PURPOSE = "Learn how clinicians move into product roles in health-tech"


def brief_for(contact: Contact, notes: str = "", network: list[Contact] | None = None) -> Brief:
    written = (
        [Note(contact_id=contact.id, date=date(2026, 9, 2), body=notes, kind=NoteKind.CONVERSATION)]
        if notes
        else []
    )
    return build_brief(
        AOIFE, contact, written, PURPOSE, [], network or [], taxonomy(), agenda(), NOW
    )


SOFIA = Contact(
    name="Sofia Marchetti",
    role="Service designer and illustrator (freelance)",
    company="Marchetti Studio",
    interests=["ceramics", "open water swimming"],
    current_projects="An illustrated ICU diary for patients' families with two NHS trusts",
    tags=["design", "co-design"],
)


def test_an_illustrator_drawing_an_icu_diary_is_not_asked_about_critical_care() -> None:
    brief = brief_for(SOFIA)
    texts = " ".join(all_question_texts(brief))
    assert "critical care" not in texts and "ICU" not in texts
    view = brief.questions[0]
    assert view.topic in ("view:illustration", "view:ux-design"), view.text  # her own field
    assert not any("critical care" in h.text or "ICU" in h.text for h in brief.hooks)
    assert not any("critical care" in o.text for o in brief.offers)
    assert {h.text for h in brief.hooks} >= {"Shared interest: ceramics"}


def test_a_product_manager_gets_product_questions_not_clinical_ones() -> None:
    daniel = Contact(
        name="Daniel Mensah",
        role="Senior Product Manager",
        company="Wardline Health",
        current_projects="Leads Wardline's nursing handover module, piloting on three wards",
    )
    notes = "ex-physio. knows the nurses on the pilot wards well, talks about ICU a lot"
    brief = brief_for(daniel, notes)
    general = [q for q in [*brief.questions, *brief.alternatives] if q.category != "specific"]
    assert general and all(q.category == "general: product management" for q in general[:3])
    texts = " ".join(all_question_texts(brief))
    for clinical in ("area of practice", "demanding job", "bedside", "on the wards"):
        assert clinical not in texts


def test_the_question_bank_follows_the_role_not_the_users_purpose() -> None:
    kwame = Contact(name="Kwame Boateng", role="Director and electrician", company="Boateng Ltd")
    brief = brief_for(kwame)  # the purpose is all about health-tech
    general = {q.category for q in [*brief.questions, *brief.alternatives]}
    assert "general: the trades" in general
    assert "general: health care" not in general


# -- offers ---------------------------------------------------------------------------------

RAHUL = Contact(
    name="Rahul Iyer",
    role="Investment Director, Healthcare",
    company="Brightwater Capital",
    current_projects="Writing an investment thesis on hospital-at-home businesses",
    interests=["Premier League", "cricket"],
)
SPURS = Contact(name="Kwame Boateng", role="Electrician", interests=["Tottenham Hotspur"])
GOONER = Contact(name="Leah Osei", role="Teacher", interests=["Arsenal", "board games"])


def intros(brief: Brief) -> list[str]:
    return [o.text for o in brief.offers if o.category == "introduction"]


def test_no_introduction_for_a_rival_fan_or_a_whole_league() -> None:
    daniel = Contact(name="Daniel Mensah", role="Product Manager", interests=["Arsenal", "chess"])
    texts = intros(brief_for(daniel, network=[RAHUL, SPURS]))
    assert texts == []  # Rahul follows "the Premier League", Kwame supports Spurs
    same_team = intros(brief_for(daniel, network=[RAHUL, SPURS, GOONER]))
    assert same_team == [
        "Offer an introduction to Leah Osei (Teacher): Leah and Daniel are both Arsenal fans."
    ]


def test_work_that_meets_their_project_outranks_a_shared_pastime() -> None:
    grace = Contact(
        name="Grace Adeyemi",
        role="Chief Nursing Information Officer",
        current_projects="Scaling the trust's virtual ward for COPD patients",
        interests=["Arsenal"],
    )
    brief = brief_for(grace, network=[GOONER, RAHUL])
    texts = intros(brief)
    assert texts[0].startswith("Offer an introduction to Rahul Iyer (")
    assert "works on telehealth" in texts[0]
    assert texts[1].startswith("Offer an introduction to Leah Osei")
    scores = [o.score for o in brief.offers if o.category == "introduction"]
    assert scores[0] > scores[1]


def test_an_employers_name_alone_does_not_justify_an_introduction() -> None:
    daniel = Contact(
        name="Daniel Mensah",
        role="Product Manager",
        current_projects="Leads a nursing handover module",
    )
    elena = Contact(
        name="Elena Vasquez",
        role="Associate Professor",
        company="Northshore University School of Nursing",
    )
    assert intros(brief_for(daniel, network=[elena])) == []  # "works in nursing": too thin


def test_articles_are_about_their_work_not_their_pastimes() -> None:
    fan = Contact(name="Jo Park", role="Ward manager", interests=["football", "sourdough"])
    assert not any(o.category == "article" for o in brief_for(fan).offers)
    builder = Contact(
        name="Jonas Lindqvist",
        role="Co-founder and CEO",
        company="Tidewell",
        current_projects="A pilot of post-operative monitoring at home with a wearable patch",
        tags=["remote-monitoring"],
        interests=["sailing"],
    )
    articles = [o.text for o in brief_for(builder).offers if o.category == "article"]
    assert articles == [
        "Send Jonas a good article on telehealth: it's what they're working on now."
    ]
    assert not any(o.category == "article" for o in brief_for(SOFIA).offers)  # ICU is not hers


def test_a_title_that_says_our_is_still_their_work_to_promote() -> None:
    jonas = Contact(
        name="Jonas Lindqvist",
        role="Co-founder and CEO",
        achievements="Raised a pre-seed round; blog post 'Why our second hire was a nurse'.",
    )
    promoted = [o.text for o in brief_for(jonas).offers if o.category == "promote"]
    assert promoted == [
        "Promote Jonas's blog post “Why our second hire was a nurse”: share it and tell Jonas "
        "you did."
    ]
    mine = Contact(name="Jo Park", role="Nurse", achievements="Read my blog post on handover.")
    assert not any(o.category == "promote" for o in brief_for(mine).offers)
