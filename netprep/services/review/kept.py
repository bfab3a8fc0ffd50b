"""The weekly review under way, kept in the store while the user writes (see
domain/review/kept.py): with the forms' kept drafts, on the profile, so that keeping it is
one write, and it is all there after a crash or all as it was before."""

from __future__ import annotations

from netprep.domain.clock import Clock
from netprep.domain.review.kept import KeptReview, is_review_draft, kept_review
from netprep.services.profile import Drafts
from netprep.store.store import Store


class KeptReviews:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._drafts = Drafts(store, clock)

    def get(self) -> KeptReview | None:
        """The review kept from an earlier run (or this one), if any."""
        return kept_review(self._drafts.all())

    def keep(self, review: KeptReview) -> None:
        """Keep ``review`` in place of the one kept before. One with nothing in it that would
        be lost (every email sent, or none edited nor sent) is dropped instead."""
        self._drafts.replace(is_review_draft, review.as_drafts() if review.worth_keeping else [])

    def discard(self) -> None:
        self._drafts.replace(is_review_draft, [])
