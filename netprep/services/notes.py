"""Deleting a contact's note, and undoing that: the note comes back with its id and date."""

from __future__ import annotations

from netprep.domain.records import Note
from netprep.services.errors import NotFoundError
from netprep.store.store import Store


class NoteService:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._deleted: list[Note] = []

    def delete(self, note_id: str) -> Note:
        """Delete a note; :meth:`undo_delete` brings it back until netprep closes."""
        with self._store.transaction():  # after a crash: deleted, or still there
            note = self._store.notes.delete(note_id)
        if note is None:
            raise NotFoundError("That note no longer exists.")
        self._deleted.append(note)
        return note

    @property
    def can_undo_delete(self) -> bool:
        return bool(self._deleted)

    @property
    def last_deleted(self) -> Note | None:
        return self._deleted[-1] if self._deleted else None

    def undo_delete(self) -> Note | None:
        """Restore the most recently deleted note (same id, date, kind and text)."""
        if not self._deleted:
            return None
        note = self._deleted[-1]
        if note.contact_id not in self._store.contacts:
            raise NotFoundError(
                "The note's contact has been deleted since: undo that first (Edit → Undo "
                "delete), then the note can come back."
            )
        with self._store.transaction():
            restored = self._store.notes.save(note)
        self._deleted.pop()  # only once saved: a failed undo can be tried again
        return restored
