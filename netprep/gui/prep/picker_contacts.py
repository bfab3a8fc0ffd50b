"""The prep screen's list of contacts for its picker: sorted once, refreshed after a brief.

At 30,000 contacts sorting the names takes a few tens of milliseconds; doing it each time
"Prepare a meeting" opens, on the GUI thread while the brief builds on a worker, slowed
both down. The list held is used as it is when it has the contact being prepared (the
first opening for someone holds just them), and is brought up to date once the brief is
on screen, or could not be built (see PrepScreen).
"""

from __future__ import annotations

from collections.abc import Callable

from netprep.domain.records import Contact


class PickerContacts:
    def __init__(
        self,
        every_contact: Callable[[], list[Contact]],
        one_contact: Callable[[str], Contact | None] | None = None,
    ) -> None:
        self._every_contact = every_contact
        self._one_contact = one_contact
        self._contacts: list[Contact] = []
        self._ids: set[str] | None = None
        self.stale = False  # the list may miss contacts added since it was read

    def for_opening(self, contact_id: str) -> list[Contact]:
        """The list to open the form with: the one held if it has ``contact_id``."""
        if self._ids is not None and (not contact_id or contact_id in self._ids):
            self.stale = True
            return self._contacts
        if self._ids is None and contact_id and self._one_contact is not None:
            # The very first opening, for someone: them alone now, everyone after the brief.
            one = self._one_contact(contact_id)
            if one is not None:
                self.stale = True
                return [one]
        self._read()
        return self._contacts

    def refresh(self) -> list[Contact] | None:
        """The list read again, or None when it was up to date."""
        if not self.stale:
            return None
        self._read()
        return self._contacts

    def _read(self) -> None:
        self.stale = False
        self._contacts = self._every_contact()
        self._ids = {c.id for c in self._contacts}
