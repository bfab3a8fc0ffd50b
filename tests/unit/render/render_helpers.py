"""Test data and HTML inspection shared by the render tests: a realistic brief."""

from __future__ import annotations

from datetime import datetime
from html.parser import HTMLParser

from netprep.domain.agenda import AgendaPhase, BriefSection
from netprep.domain.brief.model import Brief, BriefItem, Evidence, Question, QuestionKind
from netprep.render.brief_view import BriefContext


def make_brief() -> Brief:
    return Brief(
        contact_id="5f0c2a9e41d7b388",
        contact_name="Priya Raman",
        purpose="Learn how platform teams in logistics decide what to build first",
        generated_at=datetime(2025, 10, 12, 18, 40),
        summary=[
            "I'm a backend engineer with six years in payments, most recently moving "
            "Ledgerly's settlement jobs onto Kubernetes.",
            "I enjoy turning slow internal tooling into something other teams like using.",
            "I'm exploring platform engineering roles and want to learn how teams like "
            "yours choose what to build first.",
        ],
        questions=[
            Question(
                text="What's your view on where internal developer platforms go next?",
                kind=QuestionKind.VIEW,
                evidence=[Evidence("contact: interests", "platform engineering")],
                score=0.8,
            ),
            Question(
                text="How did you get 40 product teams onto the new deployment pipeline?",
                kind=QuestionKind.HOW,
                evidence=[
                    Evidence("contact: achievements", "Cut median deploy time from 45 to 6 min")
                ],
            ),
            Question(
                text="What would you advise someone moving from payments into platform work?",
                kind=QuestionKind.ADVICE,
                evidence=[Evidence("profile: current goal", "Move into platform engineering")],
            ),
        ],
        hooks=[
            BriefItem(
                text="You both studied Computer Science at Leeds",
                evidence=[Evidence("profile: schools", "University of Leeds")],
                score=0.9,
            ),
            BriefItem(text="Both of you ran the Great North Run", score=0.7),
            BriefItem(text="Shared interest in Rust tooling", score=0.2),
            BriefItem(text="Her blog post on build caching", score=0.5),
        ],
        offers=[BriefItem(text="Send the settlement-migration write-up")],
        dont_ask=[
            BriefItem(
                text="How long she has been at Northwind",
                evidence=[Evidence("contact: background", "Joined Northwind in 2019")],
            )
        ],
        research_gaps=["No note on what her team is hiring for"],
        agenda=[
            AgendaPhase(
                "Great start", 2, ["Thank her", "Confirm the 20 minutes"], BriefSection.HOOKS
            ),
            AgendaPhase("Your overview", 2, ["Three sentences"], BriefSection.SUMMARY),
            AgendaPhase("Three insights", 12, ["View", "How", "Advice"], BriefSection.QUESTIONS),
            AgendaPhase(
                "Three contacts", 2, ["Who else should I talk to?"], BriefSection.REFERRALS
            ),
            AgendaPhase(
                "Great finish", 2, ["Offer the write-up", "End on time"], BriefSection.OFFERS
            ),
        ],
        referral_ask="Who are three people I should talk to about platform roles?",
        follow_up_plan=["Thank-you email today", "Contact the referrals within a week"],
    )


def make_context() -> BriefContext:
    return BriefContext(
        contact_name="Priya Raman",
        company="Northwind Logistics",
        role="Head of Platform Engineering",
        when=datetime(2025, 10, 14, 8, 30),
        where="Café Nero, King Street",
    )


class ParsedHtml(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML string."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    @property
    def tags(self) -> set[str]:
        return {tag for tag, _ in self.elements}

    @property
    def text(self) -> str:
        return " ".join("".join(self.chunks).split())

    def attribute_values(self, name: str) -> list[str | None]:
        return [attrs[name] for _, attrs in self.elements if name in attrs]
