"""Keep-in-touch cadence: who is due for a touch, and how overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from netprep.domain.records import Contact


@dataclass(frozen=True)
class Due:
    contact: Contact
    last_contacted: date | None
    days_overdue: int  # 0 = due today; never contacted counts as overdue by the cadence


def due_contacts(
    contacts: list[Contact], last_contacted: dict[str, datetime], today: date
) -> list[Due]:
    """Contacts whose last touch is at least their cadence ago, most overdue first."""
    due = []
    for contact in contacts:
        if not contact.cadence_days:
            continue
        last = last_contacted.get(contact.id)
        last_day = last.date() if last else None
        since = (today - last_day).days if last_day else contact.cadence_days
        overdue = since - contact.cadence_days
        if overdue >= 0:
            due.append(Due(contact, last_day, overdue))
    return sorted(due, key=lambda d: (-d.days_overdue, d.contact.name.casefold()))
