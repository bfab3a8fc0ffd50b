"""The domain's and the services' short labels (statuses, kinds, circles), translated as shown.

The domain stays pure Python and writes English: an enum's ``label`` (or a services table
such as ``NEXT_STEP``) is the *source text*. This module lists every such text for
pyside6-lupdate (``QT_TRANSLATE_NOOP``, one context per enum) and translates it at display
time: ``label(ReferralStatus.MET)`` gives "Getroffen" under a German catalog, "Met" without.
tests/gui/words/test_labels.py fails when the domain gains a label that is not listed here.
"""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from netprep.domain.meeting import MeetingStatus
from netprep.domain.records import InteractionKind
from netprep.gui.words import QT_TRANSLATE_NOOP, said


class Labelled(Protocol):
    @property
    def label(self) -> str: ...


#: context (the enum's class name, or a table's name) -> the English texts lupdate extracts.
LISTED: dict[str, tuple[str, ...]] = {
    "Circle": (
        QT_TRANSLATE_NOOP("Circle", "Stay in touch"),
        QT_TRANSLATE_NOOP("Circle", "Want to get to know"),
        QT_TRANSLATE_NOOP("Circle", "Collaborated with"),
    ),
    "NoteKind": (
        QT_TRANSLATE_NOOP("NoteKind", "Research"),
        QT_TRANSLATE_NOOP("NoteKind", "Conversation"),
        QT_TRANSLATE_NOOP("NoteKind", "Personal"),
    ),
    "InteractionKind": (
        QT_TRANSLATE_NOOP("InteractionKind", "Email"),
        QT_TRANSLATE_NOOP("InteractionKind", "Call"),
        QT_TRANSLATE_NOOP("InteractionKind", "Meeting"),
        QT_TRANSLATE_NOOP("InteractionKind", "Message"),
        QT_TRANSLATE_NOOP("InteractionKind", "Chance meeting"),
    ),
    "CadenceState": (
        QT_TRANSLATE_NOOP("CadenceState", "Fine"),
        QT_TRANSLATE_NOOP("CadenceState", "Due"),
        QT_TRANSLATE_NOOP("CadenceState", "Overdue"),
        QT_TRANSLATE_NOOP("CadenceState", "Snoozed"),
    ),
    "ReferralStatus": (
        QT_TRANSLATE_NOOP("ReferralStatus", "Name given"),
        QT_TRANSLATE_NOOP("ReferralStatus", "Contacted"),
        QT_TRANSLATE_NOOP("ReferralStatus", "Met"),
        QT_TRANSLATE_NOOP("ReferralStatus", "Referrer thanked"),
    ),
    "Goal": (
        QT_TRANSLATE_NOOP("Goal", "Learned something"),
        QT_TRANSLATE_NOOP("Goal", "Got more names"),
        QT_TRANSLATE_NOOP("Goal", "Gained an evangelist"),
    ),
    "FollowUpKind": (
        QT_TRANSLATE_NOOP("FollowUpKind", "Thank-you"),
        QT_TRANSLATE_NOOP("FollowUpKind", "Send an article"),
        QT_TRANSLATE_NOOP("FollowUpKind", "Make an introduction"),
        QT_TRANSLATE_NOOP("FollowUpKind", "Something I offered"),
        QT_TRANSLATE_NOOP("FollowUpKind", "Reach a referral"),
        QT_TRANSLATE_NOOP("FollowUpKind", "Tell the referrer how it went"),
        QT_TRANSLATE_NOOP("FollowUpKind", "Other"),
    ),
    "FollowUpState": (
        QT_TRANSLATE_NOOP("FollowUpState", "Overdue"),
        QT_TRANSLATE_NOOP("FollowUpState", "Due today"),
        QT_TRANSLATE_NOOP("FollowUpState", "Upcoming"),
        QT_TRANSLATE_NOOP("FollowUpState", "Done"),
    ),
    "FollowUpFilter": (
        QT_TRANSLATE_NOOP("FollowUpFilter", "Due now"),
        QT_TRANSLATE_NOOP("FollowUpFilter", "Overdue"),
        QT_TRANSLATE_NOOP("FollowUpFilter", "Upcoming"),
        QT_TRANSLATE_NOOP("FollowUpFilter", "Done"),
        QT_TRANSLATE_NOOP("FollowUpFilter", "All"),
    ),
    "QuestionKind": (
        QT_TRANSLATE_NOOP("QuestionKind", "Their view on…"),
        QT_TRANSLATE_NOOP("QuestionKind", "How they did…"),
        QT_TRANSLATE_NOOP("QuestionKind", "Their advice on…"),
    ),
    "FileFormat": (
        QT_TRANSLATE_NOOP("FileFormat", "LinkedIn connections (CSV)"),
        QT_TRANSLATE_NOOP("FileFormat", "Google Contacts (CSV)"),
        QT_TRANSLATE_NOOP("FileFormat", "netprep contacts (CSV)"),
        QT_TRANSLATE_NOOP("FileFormat", "vCard"),
        QT_TRANSLATE_NOOP("FileFormat", "netprep backup (JSON)"),
    ),
    # netprep.services.referrals.NEXT_STEP and ADVANCE_LABEL, by referral status
    "ReferralNextStep": (
        QT_TRANSLATE_NOOP("ReferralNextStep", "Get in touch"),
        QT_TRANSLATE_NOOP("ReferralNextStep", "Waiting to meet"),
        QT_TRANSLATE_NOOP("ReferralNextStep", "Tell the referrer how it went"),
        QT_TRANSLATE_NOOP("ReferralNextStep", "Done"),
    ),
    "ReferralAdvance": (
        QT_TRANSLATE_NOOP("ReferralAdvance", "Mark as contacted"),
        QT_TRANSLATE_NOOP("ReferralAdvance", "Mark as met"),
        QT_TRANSLATE_NOOP("ReferralAdvance", "Mark referrer thanked"),
    ),
}

#: The domain gives a meeting's status no words: these are the GUI's own.
_MEETING_STATUS = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("MeetingStatus", "planned"),
    MeetingStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("MeetingStatus", "in progress"),
    MeetingStatus.FINISHED: QT_TRANSLATE_NOOP("MeetingStatus", "finished"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("MeetingStatus", "cancelled"),
}


def label(member: Labelled) -> str:
    """``member.label`` in the user's language (as written when there is no translation)."""
    context = type(member).__name__ if isinstance(member, Enum) else ""
    return QCoreApplication.translate(context, member.label) if context else member.label


def listed(context: str, english: str) -> str:
    """One of a services table's texts (``NEXT_STEP[status]``…) under its context here."""
    return QCoreApplication.translate(context, english)


def meeting_status(status: MeetingStatus) -> str:
    """ "in progress", "cancelled"…: lower case, to follow a name or a date."""
    return QCoreApplication.translate("MeetingStatus", _MEETING_STATUS[status])


def in_sentence(text: str) -> str:
    """A label as it reads inside a sentence ("Grace: met"): lower-cased at the start, unless
    the catalog says its language keeps a noun's capital (German: "Kontakt aufnehmen")."""
    keep = QCoreApplication.translate("Labels", "Lower-case a label inside a sentence (yes/no)")
    return text if keep == "no" else text[:1].lower() + text[1:]


def form_text(text: str) -> str:
    """A contact or profile form's label, placeholder or help (marked "RecordForm")."""
    return QCoreApplication.translate("RecordForm", text) if text else text


def form_message(text: str) -> str:
    """What is wrong with a field, shown under it: a check's message (netprep.domain.validation)
    in the user's language; the form's own words (already translated) as they are."""
    return said(text)


def choice_text(text: str, value: object) -> str:
    """A form choice: an enum's label as translated here, else the form's own words."""
    return label(value) if isinstance(value, Enum) and hasattr(value, "label") else form_text(text)


def interaction_kind(kind: str) -> str:
    """A touch's kind as stored ("email", "call"…): its label, translated."""
    try:
        return label(InteractionKind(kind))
    except ValueError:
        return kind.replace("_", " ")
