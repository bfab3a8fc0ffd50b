"""Preparing briefs and meetings through the services, with the demo data and no Qt."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from netprep.composition import App, open_app
from netprep.domain.brief.model import Brief, Question, QuestionKind
from netprep.domain.clock import ManualClock
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.render.brief_view import BriefContext
from netprep.resources import resource_path
from netprep.services.brief_editing import alternatives_for, swap_question
from netprep.services.brief_export import BriefExportService, ExportFormat
from netprep.services.errors import NotFoundError, UserError
from netprep.services.seed import load_seed_file, seed_store


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))


@pytest.fixture
def app(tmp_path: Path, clock: ManualClock) -> Iterator[App]:
    opened = open_app(tmp_path / "data", clock)
    seed_store(opened.store, load_seed_file(resource_path("demo", "demo.json")), clock)
    yield opened
    opened.close()


def contact_id(app: App, name: str) -> str:
    return app.contacts.find(name).id


def question_texts(brief: Brief) -> set[str]:
    return {" ".join(q.text.casefold().split()) for q in brief.questions}


def test_a_second_meeting_does_not_repeat_the_first_ones_questions(app: App) -> None:
    daniel = contact_id(app, "Daniel Mensah")
    first = app.briefs.build(daniel, "How clinicians move into product roles")
    assert len(first.questions) == 3
    planned = app.briefs.save_meeting(Meeting(contact_id=daniel, brief=first))
    # A meeting still to come has asked nothing: its questions stay available.
    again = app.briefs.build(daniel, "How clinicians move into product roles")
    assert question_texts(again) == question_texts(first)

    planned.status = MeetingStatus.FINISHED
    saved = app.briefs.save_meeting(planned)
    second = app.briefs.build(daniel, "How clinicians move into product roles")
    assert len(second.questions) == 3
    assert question_texts(first).isdisjoint(question_texts(second))
    first_topics = {q.topic for q in first.questions if q.topic}
    assert first_topics.isdisjoint({q.topic for q in second.questions if q.topic})

    # Rebuilding the same meeting may reuse its own questions: they were never asked.
    again = app.briefs.build(
        daniel, "How clinicians move into product roles", exclude_meeting=saved.id
    )
    assert question_texts(again) == question_texts(first)


def test_save_meeting_keeps_the_edited_brief(app: App, tmp_path: Path, clock: ManualClock) -> None:
    grace = contact_id(app, "Grace Adeyemi")
    brief = app.briefs.build(grace, "What the first year in a clinical product role is like")
    brief.summary[0] = "I'm an ICU nurse of nine years, moving into health-tech product work."
    brief.questions[2].text = "What would you tell a nurse applying for her first product job?"
    brief.hooks = brief.hooks[:1]
    when = clock.now() + timedelta(days=2)
    meeting = app.briefs.save_meeting(
        Meeting(contact_id=grace, when=when, where="Video call", brief=brief)
    )
    assert meeting.agenda, "a meeting is saved with an agenda to run on"

    # A later build (the notes changed, say) does not touch what was saved.
    app.briefs.build(grace, "Something different")
    app.close()
    reopened = open_app(tmp_path / "data", clock, read_only=True)
    try:
        stored = reopened.briefs.get_meeting(meeting.id)
    finally:
        reopened.close()
    assert stored is not None and stored.brief is not None
    assert stored.brief.summary[0] == brief.summary[0]
    assert stored.brief.questions[2].text == brief.questions[2].text
    assert [h.text for h in stored.brief.hooks] == [brief.hooks[0].text]
    assert stored.when == when and stored.where == "Video call"


def test_unknown_contact_is_a_clear_error(app: App) -> None:
    with pytest.raises(NotFoundError):
        app.briefs.build("0000000000000000")
    with pytest.raises(NotFoundError):
        app.briefs.save_meeting(Meeting(contact_id="0000000000000000"))


def test_upcoming_soonest_first_and_past_newest_first(app: App, clock: ManualClock) -> None:
    ids = [contact_id(app, n) for n in ("Grace", "Daniel", "Rahul", "Sofia")]
    now = clock.now()
    later = app.briefs.save_meeting(Meeting(contact_id=ids[0], when=now + timedelta(days=5)))
    sooner = app.briefs.save_meeting(Meeting(contact_id=ids[1], when=now + timedelta(days=1)))
    old = app.briefs.save_meeting(
        Meeting(contact_id=ids[2], when=now - timedelta(days=9), status=MeetingStatus.FINISHED)
    )
    older = app.briefs.save_meeting(
        Meeting(contact_id=ids[3], when=now - timedelta(days=30), status=MeetingStatus.CANCELLED)
    )
    assert [m.id for m in app.meetings.upcoming()] == [sooner.id, later.id]
    assert [m.id for m in app.meetings.past()] == [old.id, older.id]


def test_retime_counts_the_edited_summary(app: App) -> None:
    brief = Brief(summary=["one two three four five"] * 3)
    app.briefs.retime(brief)
    assert (brief.summary_words, brief.summary_seconds, brief.summary_too_long) == (15, 6, False)
    brief.summary = [" ".join(["word"] * 60)] * 3
    app.briefs.retime(brief)
    assert brief.summary_words == 180 and brief.summary_seconds == 72 and brief.summary_too_long


# -- swapping questions ----------------------------------------------------------------------


def _q(text: str, kind: QuestionKind) -> Question:
    return Question(text=text, kind=kind)


def test_swap_takes_an_alternative_of_the_same_kind_and_keeps_the_old_one() -> None:
    brief = Brief(
        questions=[
            _q("What's your view on NHS app adoption?", QuestionKind.VIEW),
            _q("How did you move from pharmacy into product?", QuestionKind.HOW),
            _q("What advice would you give a nurse learning SQL?", QuestionKind.ADVICE),
        ],
        alternatives=[
            _q("What's your view on AI scribes?", QuestionKind.VIEW),
            _q("How did you get your first product role?", QuestionKind.HOW),
            _q("How did you learn to write user stories?", QuestionKind.HOW),
        ],
    )
    offered = alternatives_for(brief, 1)
    assert [q.text for q in offered] == [
        "How did you get your first product role?",
        "How did you learn to write user stories?",
    ]
    swapped = swap_question(brief, 1, 1)
    assert swapped.questions[1].text == "How did you learn to write user stories?"
    assert swapped.questions[1].kind is QuestionKind.HOW
    assert "How did you move from pharmacy into product?" in [a.text for a in swapped.alternatives]
    assert brief.questions[1].text == "How did you move from pharmacy into product?"  # untouched
    back = swap_question(swapped, 1, alternatives_for(swapped, 1).index(swapped.alternatives[2]))
    assert back.questions[1].text == "How did you move from pharmacy into product?"
    with pytest.raises(IndexError):
        swap_question(brief, 0, 1)  # only one VIEW alternative


# -- exports ---------------------------------------------------------------------------------


def test_markdown_export_with_meeting_context(app: App, clock: ManualClock) -> None:
    rahul = contact_id(app, "Rahul Iyer")
    brief = app.briefs.build(rahul, "How a clinician is useful to a health-tech investor")
    meeting = Meeting(
        contact_id=rahul,
        when=datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
        where="Store Street Espresso",
        brief=brief,
    )
    context = app.brief_export.context(meeting, brief)
    assert context.contact_name == "Rahul Iyer" and context.company == "Brightwater Capital"
    result = app.brief_export.render(brief, context, ExportFormat.MARKDOWN)
    assert result.ok
    assert result.text.startswith("# Rahul Iyer")
    assert "Store Street Espresso" in result.text
    assert all(q.text.split()[0] in result.text for q in brief.questions)
    name = app.brief_export.suggested_filename(context, ExportFormat.PDF, pocket=True)
    assert name == f"pocket-card-rahul-iyer-{context.when:%Y-%m-%d}.pdf"


def test_user_template_overrides_and_a_broken_one_falls_back(app: App) -> None:
    assert app.data_dir is not None
    templates = app.data_dir / "templates"
    templates.mkdir()
    brief = app.briefs.build(contact_id(app, "Jonas"))
    context = BriefContext(contact_name="Jonas Lindqvist")
    (templates / "brief.md.j2").write_text(
        "Coffee with {{ contact.name }}: {{ questions | length }} questions\n", encoding="utf-8"
    )
    exporter = BriefExportService(app.store, app.data_dir)
    assert exporter.markdown(brief, context).text == "Coffee with Jonas Lindqvist: 3 questions\n"

    (templates / "brief.md.j2").write_text("# {{ contact.name }}\n{% if %}\n", encoding="utf-8")
    broken = exporter.markdown(brief, context)
    assert len(broken.problems) == 1
    assert "brief.md.j2, line 2" in broken.problems[0]
    assert broken.text.startswith("# Jonas Lindqvist")
    assert "Three insight questions" in broken.text


def test_write_text_refuses_a_missing_folder_and_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old", encoding="utf-8")
    BriefExportService.write_text(target, "# New brief\n")
    assert target.read_text(encoding="utf-8") == "# New brief\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]
    with pytest.raises(UserError, match="does not exist"):
        BriefExportService.write_text(tmp_path / "missing" / "brief.md", "x")


INTERNAL_NAMES = re.compile(
    r"current_challenge|current_goal|referred_by|current_projects|how_we_met|good_at"
    r"|(?<!Mutual )contact: |profile: |network: |note \d{4}-\d\d-\d\d"
)


def test_no_internal_field_name_reaches_the_page(app: App) -> None:
    """Sources read "your goal", "how you met", "note of 12 Mar 2025", in every format."""
    for contact in app.contacts.all():
        brief = app.briefs.build(contact.id)
        context = app.brief_export.context_for_contact(contact)
        for pocket in (False, True):
            for page in (
                app.brief_export.markdown(brief, context, pocket=pocket).text,
                app.brief_export.html(brief, context, pocket=pocket).text,
            ):
                assert not INTERNAL_NAMES.search(page), (contact.name, INTERNAL_NAMES.search(page))


def test_a_brief_saved_with_old_field_names_shows_human_sources(app: App) -> None:
    contact = app.contacts.all()[0]
    brief = app.briefs.build(contact.id)
    for item in brief.hooks + list(brief.questions):
        for evidence in item.evidence:
            evidence.source = evidence.ref  # as briefs were stored before
    context = app.brief_export.context_for_contact(contact)
    page = app.brief_export.markdown(brief, context).text
    assert not INTERNAL_NAMES.search(page)


def test_human_sources_are_stable() -> None:
    """Naming a source twice (builder, then page) changes nothing the second time."""
    from netprep.domain.brief.model import human_source

    for stored in ("note 2025-03-12 (research)", "contact: how_we_met", "profile: current_goal"):
        once = human_source(stored)
        assert human_source(once) == once
    assert human_source("note 2025-03-12 (research)") == "note of 12 Mar 2025"
    assert human_source("contact: how_we_met") == "how you met"
    assert human_source("profile: current_goal") == "your goal"
