"""Build the one-page pre-meeting brief from what the user stored about a contact.

Pure function of its arguments: the services layer loads the records and the
taxonomy, this module decides what goes on the page. Every specific fact on the
page cites the field or note it came from.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from datetime import datetime

from netprep.domain.agenda import AgendaPhase
from netprep.domain.brief.model import Brief, BriefItem, Question, QuestionKind, with_human_sources
from netprep.domain.brief.network.index import NetworkIndex
from netprep.domain.brief.network.people import Link, LinkKind, linked_people
from netprep.domain.brief.questions.choose import Asked, choose_questions
from netprep.domain.brief.questions.context import (
    build_context,
    purpose_as_doing,
    purpose_concepts,
)
from netprep.domain.brief.reading.career import work_field
from netprep.domain.brief.reading.cues import FactKind
from netprep.domain.brief.reading.facts import extract_facts
from netprep.domain.brief.reading.sources import Passage, contact_passages, profile_passages
from netprep.domain.brief.sections.giveback import MAX_OFFERS, Interest, offers
from netprep.domain.brief.sections.hooks import Hook, Side, find_hooks, mentions_in
from netprep.domain.brief.sections.known import dont_ask, research_gaps
from netprep.domain.brief.sections.plans import (
    intention_questions,
    purpose_question,
    referral_question,
)
from netprep.domain.brief.sections.schools import school_hooks
from netprep.domain.brief.sections.summary import self_summary, summary_timing
from netprep.domain.brief.sections.user_notes import (
    caution_items,
    check_items,
    sort_passages,
    touches,
)
from netprep.domain.brief.sections.user_offers import offer_items
from netprep.domain.brief.taxonomy import Concept, Taxonomy
from netprep.domain.brief.words.respell import respell
from netprep.domain.brief.words.text import first_name
from netprep.domain.brief.words.voice import as_doing
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact, Note, Profile

MAX_HOOKS = 4  # openers for a two-minute start: the best few, not every match


def build_brief(
    profile: Profile,
    contact: Contact,
    notes: list[Note],
    purpose: str,
    earlier_meetings: list[Meeting],
    network: list[Contact],
    taxonomy: Taxonomy,
    agenda: list[AgendaPhase],
    now: datetime,
    words_per_minute: int = 150,
    *,
    network_index: NetworkIndex | None = None,
) -> Brief:
    """The brief for a meeting with ``contact``; ``network`` is everyone the user knows
    (with or without ``contact``, who is left out).

    ``network_index`` remembers what was read from each network contact, so a rebuild
    over tens of thousands of contacts is quick: the caller keeps one (the brief service
    does) and passes it to every build; without one, the network is read afresh.
    """
    first = first_name(contact.name) or "them"
    passages = contact_passages(contact, notes)
    users = sort_passages(passages)  # their facts apart from the user's plans and guesses
    avoided = users.avoided()
    theirs = Side(users.facts)
    theirs.facts = extract_facts(theirs.passages)
    mine = Side(profile_passages(profile))
    mine.facts = extract_facts(mine.passages)
    index = network_index if network_index is not None else NetworkIndex(taxonomy)
    # Another thread may bring the index up to date meanwhile: the build holds it.
    with index.lock:
        others = index.read(network, contact.id)
        links = linked_people(contact, passages, others, profile.name)
        wanted = purpose_concepts([purpose, profile.current_goal], taxonomy)
        work = work_field(theirs.passages, taxonomy)

        hooks = find_hooks(profile, contact, mine, theirs, links, taxonomy, wanted, work)
        hooks = _with_schools(hooks, school_hooks(profile, contact, theirs.passages, first))
        hooks = [h for h in hooks if not touches(h.text, avoided)]
        best_hook = next((h for h in hooks if h.sentence), None)
        summary = self_summary(profile, best_hook, contact.company, taxonomy.is_proper)
        if any(m.contact_id in ("", contact.id) for m in earlier_meetings):
            summary = [_met_before(sentence) for sentence in summary]
        timing = summary_timing(summary, words_per_minute)

        about_others = {link.passage for link in links if link.passage is not None}
        # "learn how she moved into product" is a question for her, not the user's own goal.
        goal_purpose = "" if purpose_question(purpose, first, {}) else purpose
        context = build_context(
            profile,
            contact,
            goal_purpose,
            theirs.facts,
            theirs.passages,
            taxonomy,
            now,
            first,
            about_others,
        )
        planned = [purpose_question(purpose, first, context.spelled, theirs.passages, taxonomy)]
        asked = Asked.from_meetings(earlier_meetings, contact.id)
        questions, alternatives = choose_questions(
            context, asked, lambda q: not touches(q.text, avoided)
        )
        questions, alternatives = put_plans_first(
            [
                q
                for q in [*planned, *intention_questions(users, first, context.spelled)]
                if q is not None
                if not asked.covers(q)
            ],
            [q for q in questions if not touches(q.text, avoided)],
            [q for q in alternatives if not touches(q.text, avoided)],
        )
        interests, projects = _their_topics(theirs, taxonomy)
        found = offers(contact, theirs.facts, interests, projects, links, others, taxonomy, work)
        give = offer_items(users, first) + [o for o in found if not touches(o.text, avoided)]
        give = give[:MAX_OFFERS]  # their own offers first; "just ask them" only fills in

        brief = Brief(
            contact_id=contact.id,
            contact_name=contact.name,
            purpose=purpose,
            generated_at=now,
            summary=summary,
            questions=questions,
            alternatives=alternatives,
            hooks=[h.item() for h in hooks[:MAX_HOOKS]],
            offers=give,
            dont_ask=[  # a typo the notes spell right elsewhere is not repeated here
                dataclasses.replace(d, text=respell(d.text, context.spelled))
                for d in dont_ask(contact, theirs.facts, earlier_meetings, theirs.passages)
                if not touches(d.text, avoided)
            ],
            cautions=caution_items(users),
            check_first=check_items(users),
            research_gaps=research_gaps(
                contact, theirs.facts, hooks, len(interests), theirs.passages
            ),
            agenda=copy.deepcopy(agenda),
            referral_ask=referral_ask(
                first,
                goal_purpose,
                profile,
                wanted,
                context.path.lead if context.path else "",
                referral_question(users, first, context.spelled),
            ),
            follow_up_plan=follow_up_plan(first, questions, links, give, taxonomy),
            words_per_minute=words_per_minute,
            summary_words=timing.words,
            summary_seconds=timing.seconds,
            summary_too_long=timing.too_long,
        )
        return with_human_sources(brief)


def _met_before(sentence: str) -> str:
    """A later meeting: the introduction is thanked for, not announced again."""
    return re.sub(
        r"^We both know (.+), who suggested I get in touch\.$",
        r"It's good to see you again, and thanks again to \1 for introducing us.",
        sentence,
    )


def _with_schools(hooks: list[Hook], schools: list[Hook]) -> list[Hook]:
    """Shared schools found under another name ("lse too"), best hooks first."""
    known = {h.evidence[0].excerpt for h in hooks if h.category == "school" and h.evidence}
    extra = [h for h in schools if h.evidence and h.evidence[0].excerpt not in known]
    return sorted([*hooks, *extra], key=lambda h: h.score, reverse=True)


def put_plans_first(
    plans: list[Question], chosen: list[Question], alternatives: list[Question]
) -> tuple[list[Question], list[Question]]:
    """The user's own planned questions take the place of the builder's, kind by kind.

    A question they displace stays among the alternatives, at the top, so a swap can
    bring it back; a second plan of the same kind heads the alternatives.
    """
    questions = list(chosen)
    spare: list[Question] = []
    for plan in plans:
        at = next((i for i, q in enumerate(questions) if q.kind is plan.kind), None)
        if at is None:
            questions.append(plan)
        elif questions[at].category == "your plan":
            spare.append(plan)
        else:
            spare.append(questions[at])
            questions[at] = plan
    order = {kind: i for i, kind in enumerate(QuestionKind)}
    questions.sort(key=lambda q: order[q.kind])
    return questions, spare + alternatives


def _their_topics(theirs: Side, taxonomy: Taxonomy) -> tuple[list[Interest], list[Interest]]:
    """Their personal interests, and the topics of what they are working on now."""
    current: set[Passage] = {f.passage for f in theirs.facts if f.kind is FactKind.CURRENT}
    interests: list[Interest] = []
    projects: list[Interest] = []
    for found in mentions_in(theirs.passages, taxonomy):
        concept, passage = found.mention.concept, found.passage
        if passage in current or passage.field == "current_projects":
            target = projects if concept.professional else interests
        elif not concept.professional:
            target = interests
        else:
            continue
        if all(i.concept.id != concept.id for i in target):
            target.append(Interest(concept, passage))
    return interests, projects


def referral_ask(
    first: str,
    purpose: str,
    profile: Profile,
    wanted: list[Concept],
    path_lead: str = "",
    drafted: str = "",
) -> str:
    """How to ask for three more names (the book's 'three contacts' phase).

    The user's own question for names ("Who else in remote monitoring should I talk
    to?") opens it; else someone who made the move the user wants to make knows others
    who did: ask for them.
    """
    if drafted:
        return (
            f"{drafted} If you could suggest three people, I'd be really grateful, and "
            "would you mind if I mentioned that you suggested them?"
        )
    doing = purpose_as_doing(purpose)
    if _A_MOVE.match(path_lead) and not doing:
        return (
            "Who else do you know who made a move like yours that I should talk to? If you "
            "could suggest three people, I'd be really grateful, and would you mind if I "
            "mentioned that you suggested them?"
        )
    if doing:
        about = f" about {doing}"
    elif wanted:
        about = f" about {wanted[0].label}"
    else:
        doing = as_doing(profile.current_goal)
        about = f" about {doing}" if doing and not doing.startswith("working towards") else ""
    return (
        f"Who else do you think I should talk to{about}? If you could suggest three people, "
        "I'd be really grateful, and would you mind if I mentioned that you suggested them?"
    )


_A_MOVE = re.compile(r"^Given you (?:moved|switched|went|made|retrained|transitioned|pivoted)\b")


def follow_up_plan(
    first: str,
    questions: list[Question],
    links: list[Link],
    give: list[BriefItem],
    taxonomy: Taxonomy,
) -> list[str]:
    hint = ""
    view = next((q for q in questions if q.topic.startswith("view:")), None)
    if view is not None and view.topic.removeprefix("view:") in taxonomy:
        hint = f" (for example, what they said about {taxonomy.concept(view.topic[5:]).label})"
    plan = [
        f"The day after: send {first} a short thank-you that quotes one thing you learned{hint}.",
        f"Within a week: contact the three people {first} suggests, and mention that {first} "
        "sent you.",
        f"Once you have spoken to them: tell {first} how those conversations went. Hearing back "
        "is what turns a helper into an evangelist.",
    ]
    for link in links:
        if link.kind is LinkKind.REFERRED_THEM:
            plan.append(
                f"Tell {link.person.name} how the meeting with {first} went, and thank "
                "them for the introduction."
            )
    if any(item.category in ("introduction", "promote", "article") for item in give):
        plan.append("Follow through on what you offered within the week.")
    return plan
