"""The self-summary's shape and timing, and a useful brief from almost nothing."""

from __future__ import annotations

from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief
from netprep.domain.brief.questions.context import GENERAL_SOURCE
from netprep.domain.brief.sections.summary import summary_timing
from netprep.domain.records import Contact, Profile
from tests.unit.brief.brief_checks import (
    BIOGRAPHY,
    all_question_texts,
    assert_grounded,
    sentence_count,
)
from tests.unit.brief.personas import NOW, SARA, agenda, taxonomy


def build(profile: Profile, contact: Contact, purpose: str = "", wpm: int = 150) -> Brief:
    return build_brief(profile, contact, [], purpose, [], [], taxonomy(), agenda(), NOW, wpm)


def test_user_fields_with_several_sentences_still_make_three() -> None:
    profile = Profile(
        name="Ana Ruiz",
        good_at="Data pipelines. Python! Teaching juniors...",
        unique="I was a chef for eight years. Then I retrained. I still cook on weekends.",
        interests=["cooking"],
    )
    brief = build(profile, Contact(name="Ben Ode", interests=["home cooking"]))
    assert len(brief.summary) == 3
    assert all(sentence_count(s) == 1 for s in brief.summary), brief.summary
    assert brief.summary[0] == "I'm good at data pipelines, Python and teaching juniors."
    assert brief.summary[1] == (
        "I was a chef for eight years — then I retrained; I still cook on weekends."
    )
    assert brief.summary[2] == "Like you, I'm into cooking."


def test_an_empty_profile_still_gives_three_honest_sentences() -> None:
    brief = build(Profile(), Contact(name="Ben Ode", company="Arup"))
    assert len(brief.summary) == 3
    assert not any(s.startswith(("Like you", "We both")) for s in brief.summary)


def test_nothing_is_invented_a_missing_field_says_what_to_fill_in() -> None:
    brief = build(Profile(name="Ana Ruiz"), Contact(name="Ben Ode", company="Arup"))
    assert brief.summary[0] == "[Fill in your profile: what you're good at]"
    assert brief.summary[1] == "[Fill in your profile: what makes you different]"
    assert brief.summary[2] == "I'm keen to hear how things look from where you sit at Arup."
    assert "how things really work" not in " ".join(brief.summary)


def test_a_noun_phrase_becomes_a_spoken_sentence() -> None:
    profile = Profile(
        name="Ana Ruiz",
        good_at="calm under pressure",
        unique="Ten years on the shop floor before I moved into quality engineering",
    )
    brief = build(profile, Contact(name="Ben Ode", company="Arup"))
    assert brief.summary[1] == (
        "What sets me apart is ten years on the shop floor before I moved into quality engineering."
    )


def test_the_goal_is_said_once() -> None:
    profile = Profile(name="Ana Ruiz", current_goal="move into a clinical informatics role")
    brief = build(profile, Contact(name="Ben Ode", company="Arup"))
    assert sum("clinical informatics" in s for s in brief.summary) == 1


def test_timing_counts_words_at_the_given_rate_and_warns_past_a_minute() -> None:
    timing = summary_timing(["One two three four five.", "Six seven.", "Eight nine ten."], 150)
    assert (timing.words, timing.seconds, timing.too_long) == (10, 4, False)
    long_unique = " ".join(["word"] * 170)
    brief = build(Profile(good_at="Listening", unique=long_unique), Contact(name="Al Bo"), wpm=150)
    assert brief.summary_too_long and brief.summary_seconds > 60
    slower = build(Profile(good_at="Listening", unique=long_unique), Contact(name="Al Bo"), wpm=200)
    assert slower.summary_seconds < brief.summary_seconds and slower.words_per_minute == 200
    edited = summary_timing(["Short.", "Shorter.", "Done."])
    assert not edited.too_long and edited.words == 3


def test_name_and_company_only_gives_general_questions_and_research_gaps() -> None:
    jordan = Contact(name="Jordan Blake", company="Arup")
    brief = build(SARA, jordan, "Learn how engineering consultancies run their platforms")
    view, how, _advice = brief.questions
    assert view.category.startswith("general") and how.category.startswith("general")
    for question in brief.questions + brief.alternatives:
        assert_grounded(question.evidence, SARA, jordan, [], brief.purpose, [])
    # The five most useful gaps, most useful first (no interests at all covers shared ones).
    assert brief.research_gaps == [
        "their role",
        "what they are working on now",
        "their background and career path",
        "something they have done that you could ask about",
        "their interests outside work",
    ]
    assert "where they work" not in brief.research_gaps
    assert brief.hooks == []
    assert [o.category for o in brief.offers] == ["ask"]
    # Nothing invented: no claimed common ground, no facts beyond the company.
    assert brief.summary[2] == (
        "Right now I'm trying to move from backend engineering into "
        "platform engineering, which is why I was keen to hear how things "
        "look from where you sit at Arup."
    )
    assert [item.text for item in brief.dont_ask] == ["Where they work: Arup"]
    for text in all_question_texts(brief):
        assert not BIOGRAPHY.search(text), text


def test_a_name_alone_still_gives_a_full_set_of_questions() -> None:
    me, kit = Profile(name="Ana Ruiz"), Contact(name="Kit")
    brief = build(me, kit)
    assert len(brief.questions) == 3 and len(brief.alternatives) >= 9
    for question in brief.questions + brief.alternatives:
        assert_grounded(question.evidence, me, kit, [], "", [])
    # Nothing stored but the name: a general question says so; the name is not a source.
    general = [q for q in brief.questions if q.category != "your plan"]
    assert general and all([e.source for e in q.evidence] == [GENERAL_SOURCE] for q in general)
    cited = [e for q in brief.questions + brief.alternatives for e in q.evidence]
    assert not any(e.source == "contact: name" or e.excerpt == "Kit" for e in cited)
    assert "where they work" in brief.research_gaps and "their role" in brief.research_gaps
    assert all("{company}" not in t for t in all_question_texts(brief))
    assert brief.follow_up_plan[0].startswith("The day after: send Kit a short thank-you")


def test_a_later_meeting_thanks_the_introduction_instead_of_announcing_it() -> None:
    from netprep.domain.brief.builder import build_brief
    from netprep.domain.meeting import Meeting, MeetingStatus
    from tests.unit.brief.personas import NOW, agenda, taxonomy

    grace = Contact(name="Grace Adeyemi", role="CNIO")
    daniel = Contact(name="Daniel Mensah", company="Wardline", referred_by=grace.id)
    profile = Profile(name="Ana Ruiz", good_at="calm under pressure", unique="I was a chef")
    earlier = Meeting(contact_id=daniel.id, status=MeetingStatus.FINISHED)

    def third(meetings: list[Meeting]) -> str:
        brief = build_brief(profile, daniel, [], "", meetings, [grace], taxonomy(), agenda(), NOW)
        return brief.summary[2]

    assert third([]) == "We both know Grace Adeyemi, who suggested I get in touch."
    assert third([earlier]) == (
        "It's good to see you again, and thanks again to Grace Adeyemi for introducing us."
    )
