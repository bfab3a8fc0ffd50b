"""Load a seed file (the bundled demo data) into an empty store.

The file names contacts by a ``key`` so that ``referred_by`` can point at another
contact before ids exist. Dates can be shifted so that demo data always looks
recent: every date moves by (today - ``as_of``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from netprep.domain.capture import LiveCapture
from netprep.domain.clock import Clock
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.outcome import meeting_interaction
from netprep.domain.records import Contact, Interaction, Note, Profile, new_id
from netprep.domain.validation import validate_contact
from netprep.services.agendas import shipped_agenda
from netprep.services.briefs import BriefService
from netprep.services.errors import UserError
from netprep.services.meeting_outcome import OutcomeReview, plan, propose
from netprep.store.mapping import from_document
from netprep.store.store import Store

SEED_FORMAT = "netprep-demo"


@dataclass
class SeedReport:
    contacts: int = 0
    notes: int = 0
    interactions: int = 0
    meetings: int = 0
    past_meetings: int = 0  # recorded through the real outcome path
    referral_contacts: int = 0  # contacts those outcomes added (the seed's names)
    skipped: list[str] = field(default_factory=list)
    contact_ids: dict[str, str] = field(default_factory=dict)  # seed key -> contact id


def load_seed_file(path: Path) -> dict[str, Any]:
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise UserError("Cannot read {path}: {reason}", path=path, reason=exc) from None
    if not isinstance(data, dict) or data.get("format") != SEED_FORMAT:
        raise UserError("{path} is not a netprep demo file.", path=path)
    return data


def seed_store(store: Store, data: dict[str, Any], clock: Clock) -> SeedReport:
    """Insert the seed's profile, contacts, notes and interactions in a few bulk writes."""
    if len(store.contacts):
        raise UserError("This data folder already has contacts; demo data goes in an empty one.")
    shift = _date_shift(data.get("as_of"), clock)
    report = SeedReport()
    if isinstance(data.get("profile"), dict):
        store.profile.save(_record(Profile, data["profile"], shift))
    rows = [r for r in data.get("contacts", []) if isinstance(r, dict)]
    ids = {str(r.get("key")): new_id() for r in rows if r.get("key")}
    contacts: list[Contact] = []
    notes: list[Note] = []
    interactions: list[Interaction] = []
    for number, row in enumerate(rows, start=1):
        key = str(row.get("key", ""))
        doc = {k: v for k, v in row.items() if k not in ("key", "notes", "interactions")}
        doc["id"] = ids.get(key, new_id())
        doc["referred_by"] = ids.get(str(row.get("referred_by")))
        try:
            contact = _record(Contact, doc, shift)
        except (TypeError, ValueError) as exc:
            report.skipped.append(f"contact {number}: {exc}")
            continue
        problems = validate_contact(contact)
        problems.pop("referred_by", None)
        if problems:
            report.skipped.append(f"contact {number} ({contact.name or 'no name'}): {problems}")
            continue
        contacts.append(contact)
        for kind, target, items in (
            (Note, notes, row.get("notes", [])),
            (Interaction, interactions, row.get("interactions", [])),
        ):
            for item_number, item in enumerate(items, start=1):
                try:
                    target.append(_record(kind, {**item, "contact_id": contact.id}, shift))
                except (TypeError, ValueError, AttributeError) as exc:
                    what = kind.__name__.lower()
                    report.skipped.append(f"contact {number}, {what} {item_number}: {exc}")
    store.contacts.save_many(contacts)
    store.notes.save_many(notes)
    store.interactions.save_many(interactions)
    report.contacts, report.notes = len(contacts), len(notes)
    report.interactions = len(interactions)
    report.contact_ids = {key: cid for key, cid in ids.items() if cid in store.contacts}
    return report


def _date_shift(as_of: Any, clock: Clock) -> timedelta:
    if not isinstance(as_of, str):
        return timedelta(0)
    return clock.now().date() - date.fromisoformat(as_of)


def _record(cls: type, doc: dict[str, Any], shift: timedelta) -> Any:
    names = {f.name for f in fields(cls)}
    clean = {k: v for k, v in doc.items() if k in names and k not in ("created_at", "updated_at")}
    record: Any = from_document(cls, clean)
    for f in fields(cls):
        value = getattr(record, f.name)
        if f.name not in ("created_at", "updated_at") and isinstance(value, date | datetime):
            setattr(record, f.name, value + shift)
    return record


def seed_meetings(
    data: dict[str, Any], report: SeedReport, briefs: BriefService, clock: Clock
) -> int:
    """Prepare the seed's upcoming meetings, each with a brief built from the seeded notes."""
    shift = _date_shift(data.get("as_of"), clock)
    prepared = 0
    for number, row in enumerate(data.get("meetings", []), start=1):
        contact_id = report.contact_ids.get(str(row.get("contact")))
        if not isinstance(row, dict) or contact_id is None:
            report.skipped.append(f"meeting {number}: unknown contact")
            continue
        try:
            when = datetime.fromisoformat(row["when"]) + shift if row.get("when") else None
        except (TypeError, ValueError) as exc:
            report.skipped.append(f"meeting {number}: {exc}")
            continue
        purpose = str(row.get("purpose") or "")
        brief = briefs.build(contact_id, purpose)
        briefs.save_meeting(
            Meeting(
                contact_id=contact_id,
                when=when,
                where=str(row.get("where") or ""),
                purpose=purpose,
                agenda=list(brief.agenda),
                brief=brief,
            )
        )
        prepared += 1
    report.meetings = prepared
    return prepared


def seed_past_meetings(data: dict[str, Any], report: SeedReport, store: Store, clock: Clock) -> int:
    """Record the seed's past meetings through the real outcome path, dated in the past.

    Referrals become contacts and follow-ups are created exactly as after a real meeting;
    then the seed moves named referrals on ("contacted") and marks follow-ups done, so a
    newcomer sees the whole loop: a recorded meeting, referrals in different states and
    follow-ups due, overdue and done.
    """
    shift = _date_shift(data.get("as_of"), clock)
    recorded = 0
    for number, row in enumerate(data.get("past_meetings", []), start=1):
        try:
            recorded += _seed_past_meeting(row, report, store, shift)
        except (KeyError, TypeError, ValueError, UserError) as exc:
            report.skipped.append(f"past meeting {number}: {exc}")
    return recorded


def _seed_past_meeting(
    row: dict[str, Any], report: SeedReport, store: Store, shift: timedelta
) -> int:
    contact = store.contacts.get(report.contact_ids.get(str(row.get("contact")), ""))
    if contact is None:
        raise ValueError("unknown contact")
    when = datetime.fromisoformat(row["when"]) + shift
    meeting = Meeting(
        contact_id=contact.id,
        when=when,
        where=str(row.get("where") or ""),
        purpose=str(row.get("purpose") or ""),
        status=MeetingStatus.IN_PROGRESS,
        agenda=shipped_agenda(),
        capture=from_document(LiveCapture, row.get("capture") or {}),
    )
    outcome = plan(
        propose(meeting, contact, store.contacts.all()),
        OutcomeReview(),
        lookup=store.contacts.get,
        now=when,
        on=when.date(),
        sender_name=store.profile.get().name,
    )
    meeting = outcome.meeting
    meeting.status = MeetingStatus.FINISHED
    interaction = meeting_interaction(meeting)
    contacted = {str(name) for name in row.get("contacted", [])}
    done_kinds = {str(kind) for kind in row.get("done", [])}
    later = when + timedelta(days=1)
    for referral in outcome.referrals:
        if referral.name in contacted:
            referral.advance(later)
    for item in outcome.followups:
        reached = item.referral_id in {r.id for r in outcome.referrals if r.name in contacted}
        if item.kind.value in done_kinds or reached:
            item.mark_done(later)
    with store.transaction():
        store.contacts.save_many([*outcome.new_contacts, *outcome.updated_contacts])
        store.referrals.save_many(outcome.referrals)
        store.followups.save_many(outcome.followups)
        store.interactions.save(interaction)
        store.meetings.save(meeting)
    report.past_meetings += 1
    report.referral_contacts += len(outcome.new_contacts)
    return 1
