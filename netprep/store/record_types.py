"""Which record type each table holds, so a file can be checked document by document.

Only the failure paths use this (finding the newest good backup, restoring one): a file
whose JSON parses may still hold a document that makes no record, and a backup of such a
file is no good either.
"""

from __future__ import annotations

from typing import Any

from netprep.domain.followups import FollowUp
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact, Interaction, Note, Profile
from netprep.domain.referrals import Referral
from netprep.store.mapping import from_document

RECORD_TYPES: dict[str, type] = {
    "profile": Profile,
    "contacts": Contact,
    "notes": Note,
    "meetings": Meeting,
    "interactions": Interaction,
    "referrals": Referral,
    "followups": FollowUp,
}


def first_unreadable(table: str, docs: dict[str, Any]) -> str | None:
    """Why the first document that makes no record fails, or None when all are fine."""
    record_type = RECORD_TYPES.get(table)
    if record_type is None:
        return None
    for key, doc in docs.items():
        try:
            from_document(record_type, doc)
        except ValueError as exc:
            return f"record {key} of the {table} table cannot be read ({exc})"
    return None
