"""Contacts' free text, searchable for a word without a loop over every contact."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from netprep.domain.records import Contact

_BUCKET = 500  # contacts per bucket of free text
_SEARCHES_KEPT = 64  # words whose search results a bucket remembers


class TextBuckets:
    """Contacts' free text, casefolded and joined per bucket of contacts for quick search.

    Only the joined text is kept (a contact's own text is read again from the record when
    its bucket changes), and what a search found is remembered until the bucket changes:
    rebuilding a brief for the same contact searches nothing again.
    """

    def __init__(self, text_of: Callable[[str], str]) -> None:
        self._text_of = text_of
        self._members: list[dict[str, None]] = []
        self._joined: list[tuple[str, list[int], list[str]] | None] = []
        self._found: list[dict[str, frozenset[str]]] = []
        self._bucket_of: dict[str, int] = {}

    def put(self, contact_id: str, has_text: bool) -> None:
        at = self._bucket_of.get(contact_id)
        if at is None:
            if not has_text:
                return
            if not self._members or len(self._members[-1]) >= _BUCKET:
                self._members.append({})
                self._joined.append(None)
                self._found.append({})
            at = self._bucket_of[contact_id] = len(self._members) - 1
        if has_text:
            self._members[at][contact_id] = None
        else:
            self._members[at].pop(contact_id, None)
            del self._bucket_of[contact_id]
        self._joined[at] = None
        self._found[at] = {}

    def containing(self, word: str) -> set[str]:
        """Ids of the contacts whose text contains ``word`` (casefolded) anywhere."""
        found: set[str] = set()
        for at in range(len(self._members)):
            memo = self._found[at]
            hits = memo.get(word)
            if hits is None:
                if len(memo) >= _SEARCHES_KEPT:
                    memo.clear()
                hits = memo[word] = self._search(at, word)
            found |= hits
        return found

    @property
    def buckets(self) -> int:
        return len(self._members)

    def join(self, at: int) -> tuple[str, list[int], list[str]]:
        """Bucket ``at``'s texts joined in one string, where each starts, and whose it is."""
        joined = self._joined[at] if at < len(self._joined) else None
        if joined is None and at < len(self._members):
            ids = list(self._members[at])
            texts = [self._text_of(i) for i in ids]
            starts, offset = [], 0
            for text in texts:
                starts.append(offset)
                offset += len(text) + 1
            joined = self._joined[at] = ("\x00".join(texts), starts, ids)
        return joined or ("", [], [])

    def _search(self, at: int, word: str) -> frozenset[str]:
        blob, starts, ids = self.join(at)
        hits: set[str] = set()
        hit = blob.find(word)
        while hit >= 0:
            which = bisect_right(starts, hit) - 1
            hits.add(ids[which])
            next_start = starts[which + 1] if which + 1 < len(starts) else len(blob)
            hit = blob.find(word, next_start)
        return frozenset(hits)


def free_text(person: Contact) -> str:
    """The fields in which a contact's record may name someone else, casefolded."""
    return "\n".join(
        [person.background, person.how_we_met, person.current_projects, person.achievements]
    ).casefold()
