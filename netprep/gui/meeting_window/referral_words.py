"""The outcome dialog's words about one referral: what was noted, whether netprep already
knows them, and who introduced them (worded here from the domain's facts, translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from netprep.domain.capture import ReferralDraft
from netprep.domain.outcome import Introducer
from netprep.domain.referrals import ContactMatch, MatchKind

translate = QCoreApplication.translate  # called with literal words: lupdate extracts them


def details(draft: ReferralDraft) -> str:
    """ "Why: … · Reach: … · Will introduce you", the parts that were noted."""
    why, how = draft.why.strip(), draft.how_to_reach.strip()
    parts = [
        translate("OutcomeDialog", "Why: {why}").format(why=why) if why else "",
        translate("OutcomeDialog", "Reach: {how}").format(how=how) if how else "",
        translate("OutcomeDialog", "Will introduce you") if draft.will_introduce else "",
    ]
    return " · ".join(p for p in parts if p)


def match_reason(match: ContactMatch) -> str:
    """Why netprep thinks it knows this person ("" when it does not)."""
    if match.contact is None or match.kind is MatchKind.NONE:
        return ""
    name = match.contact.name
    if match.kind is MatchKind.CERTAIN:
        return translate("OutcomeDialog", "{name} has the email address {email}.").format(
            name=name or translate("OutcomeDialog", "A contact"), email=match.email
        )
    if len(match.candidates) > 1:
        return translate(
            "OutcomeDialog",
            "You already have a contact called {name} (and {more} more): is this the same person?",
        ).format(name=name, more=len(match.candidates) - 1)
    return translate(
        "OutcomeDialog", "You already have a contact called {name}: is this the same person?"
    ).format(name=name)


def ask_introducer(
    introducer: QComboBox, unanswered: str, first: str, target: str, referrer: str
) -> str:
    """Fill ``introducer`` with the choices; return the note asking who introduced ``target``."""
    introducer.addItem(translate("OutcomeDialog", "Choose: who introduced them?"), unanswered)
    introducer.addItem(
        translate("OutcomeDialog", "Keep {first} as the one who introduced them").format(
            first=first
        ),
        Introducer.KEEP_FIRST.value,
    )
    introducer.addItem(
        translate("OutcomeDialog", "Record {name} instead").format(name=referrer),
        Introducer.REPLACE.value,
    )
    introducer.addItem(
        translate("OutcomeDialog", "Keep {first}, and note that {name} suggested them too").format(
            first=first, name=referrer
        ),
        Introducer.BOTH.value,
    )
    return translate(
        "OutcomeDialog", "{name} was first introduced by {first}. Who introduced them?"
    ).format(name=target, first=first)
