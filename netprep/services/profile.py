"""The user's own profile."""

from __future__ import annotations

from netprep.domain.records import Profile
from netprep.domain.validation import validate_profile
from netprep.services.errors import ValidationError
from netprep.store.store import Store


class ProfileService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self) -> Profile:
        return self._store.profile.get()

    def validate(self, profile: Profile) -> dict[str, str]:
        return validate_profile(profile)

    def save(self, profile: Profile) -> Profile:
        errors = self.validate(profile)
        if errors:
            raise ValidationError(errors)
        return self._store.profile.save(profile)

    @property
    def is_set_up(self) -> bool:
        return bool(self.get().name.strip())
