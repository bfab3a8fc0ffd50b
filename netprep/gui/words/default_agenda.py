"""The book's default agenda in the user's language, as shown; an agenda's own words stay.

resources/agenda/default.json is written in English and copied into every new meeting.
A phase name or prompt that is exactly one of the default's is shown translated; anything
the user typed or changed is their data and is shown as written.
tests/gui/words/test_default_agenda.py fails when default.json gains a text not listed here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from netprep.gui.words import QT_TRANSLATE_NOOP

CONTEXT = "DefaultAgenda"

NAMES = (
    QT_TRANSLATE_NOOP("DefaultAgenda", "Great start"),
    QT_TRANSLATE_NOOP("DefaultAgenda", "Your overview"),
    QT_TRANSLATE_NOOP("DefaultAgenda", "Three insights"),
    QT_TRANSLATE_NOOP("DefaultAgenda", "Three contacts"),
    QT_TRANSLATE_NOOP("DefaultAgenda", "Great finish"),
)
PROMPTS = (
    QT_TRANSLATE_NOOP(
        "DefaultAgenda",
        "Thank them for making the time: twenty minutes of their day is a real gift.",
    ),
    QT_TRANSLATE_NOOP(
        "DefaultAgenda",
        "Confirm you will keep to the 20 minutes you asked for, and that this still suits them.",
    ),
    QT_TRANSLATE_NOOP("DefaultAgenda", "Open with something you have in common (see the hooks)."),
    QT_TRANSLATE_NOOP(
        "DefaultAgenda",
        "Say where you are and why you asked for this meeting, in three sentences "
        "(about a minute).",
    ),
    QT_TRANSLATE_NOOP(
        "DefaultAgenda",
        "Make it clear you came for their insight and advice; never ask for a job.",
    ),
    QT_TRANSLATE_NOOP(
        "DefaultAgenda", "Hand the conversation back to them with your first question."
    ),
    QT_TRANSLATE_NOOP(
        "DefaultAgenda",
        "Ask your three questions one at a time: their view on X, how they did Y, "
        "their advice on Z.",
    ),
    QT_TRANSLATE_NOOP(
        "DefaultAgenda",
        "Keep it a discussion, not their biography: don't ask what you could have read online.",
    ),
    QT_TRANSLATE_NOOP(
        "DefaultAgenda",
        "Listen more than you talk, and note the one thing you learned from each answer.",
    ),
    QT_TRANSLATE_NOOP(
        "DefaultAgenda", "Keep an eye on the clock: about four minutes per question."
    ),
    QT_TRANSLATE_NOOP("DefaultAgenda", "Ask: “Who else should I talk to?” Aim for three names."),
    QT_TRANSLATE_NOOP(
        "DefaultAgenda",
        "For each name, ask why that person, how best to reach them, and whether they would "
        "introduce you.",
    ),
    QT_TRANSLATE_NOOP("DefaultAgenda", "Thank them for their time and for what you learned."),
    QT_TRANSLATE_NOOP(
        "DefaultAgenda",
        "Offer something back: an article, an introduction, helping to promote their work.",
    ),
    QT_TRANSLATE_NOOP(
        "DefaultAgenda",
        "Agree the follow-up: you will tell them how the conversations with their contacts go.",
    ),
    QT_TRANSLATE_NOOP("DefaultAgenda", "End on time, even if the conversation is going well."),
)
_DEFAULT = frozenset((*NAMES, *PROMPTS))


def shown(text: str) -> str:
    """``text`` in the user's language if it is the default agenda's, else as written."""
    return QCoreApplication.translate(CONTEXT, text) if text in _DEFAULT else text


def shown_all(texts: Sequence[str]) -> list[str]:
    return [shown(text) for text in texts]
