"""The user's own profile, and the drafts kept on it (a form's unsaved edits, kept in the
store while the user types; a save of the record drops its draft in the same write)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from netprep.domain.clock import Clock
from netprep.domain.records import PROFILE_DRAFT, FormDraft, Profile
from netprep.domain.validation import validate_profile
from netprep.services.errors import ValidationError
from netprep.store.store import Store


class Drafts:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def get(self, key: str) -> FormDraft | None:
        return next((d for d in self._store.profile.get().drafts if d.key == key), None)

    def all(self) -> list[FormDraft]:
        return list(self._store.profile.get().drafts)

    def keep(self, draft: FormDraft) -> FormDraft:
        """Store ``draft`` in place of any earlier one for the same form (one write)."""
        if self._store.read_only:
            return draft
        draft.kept_at = self._clock.now()
        profile = self._store.profile.get()
        profile.drafts = [d for d in profile.drafts if d.key != draft.key] + [draft]
        self._store.profile.save(profile)
        return draft

    def replace(self, which: Callable[[FormDraft], bool], drafts: Sequence[FormDraft]) -> None:
        """Store ``drafts`` in place of every kept draft ``which`` picks out, in one write (with
        no ``drafts``, those are dropped). For a screen whose edits make several drafts."""
        profile = self._store.profile.get()
        kept = [d for d in profile.drafts if not which(d)]
        if self._store.read_only or (not drafts and len(kept) == len(profile.drafts)):
            return
        now = self._clock.now()
        for draft in drafts:
            draft.kept_at = now
        profile.drafts = kept + list(drafts)
        self._store.profile.save(profile)

    def discard(self, key: str) -> None:
        profile = self._store.profile.get()
        if self._store.read_only or all(d.key != key for d in profile.drafts):
            return
        profile.drafts = [d for d in profile.drafts if d.key != key]
        self._store.profile.save(profile)


class ProfileService:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._drafts = Drafts(store, store.db.clock)

    def get(self) -> Profile:
        return self._store.profile.get()

    def validate(self, profile: Profile) -> dict[str, str]:
        return validate_profile(profile)

    def save(self, profile: Profile) -> Profile:
        errors = self.validate(profile)
        if errors:
            raise ValidationError(errors)
        # The saved fields and the dropped draft are one write (the draft lives on the profile).
        stored = self._store.profile.get()
        profile.drafts = [d for d in stored.drafts if d.key != PROFILE_DRAFT]
        return self._store.profile.save(profile)

    def keep_draft(self, fields: dict[str, str]) -> FormDraft:
        """Keep the profile form's text as typed until it is saved or discarded."""
        stored = self._store.profile.get()
        draft = FormDraft(PROFILE_DRAFT, stored.id, "your profile", fields)
        return self._drafts.keep(draft)

    def draft(self) -> FormDraft | None:
        return self._drafts.get(PROFILE_DRAFT)

    def discard_draft(self) -> None:
        self._drafts.discard(PROFILE_DRAFT)

    @property
    def is_set_up(self) -> bool:
        return bool(self.get().name.strip())
