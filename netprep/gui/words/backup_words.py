"""What a backup holds and what restoring it would lose, counted in the user's language.

The service counts records per table (``BackupChoice.counts``, ``would_lose``) and words
them in English for the CLI; the GUI words the same counts here, with each language's
plural rules ("1 contact", "2 contacts"; "1 Kontakt", "2 Kontakte").
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from netprep.services.backups import SHOWN, BackupChoice


class BackupWords(QObject):
    def count(self, table: str, n: int) -> str:
        words = {
            "contacts": self.tr("%n contact(s)", "", n),
            "notes": self.tr("%n note(s)", "", n),
            "meetings": self.tr("%n meeting(s)", "", n),
            "interactions": self.tr("%n interaction(s)", "", n),
            "referrals": self.tr("%n referral(s)", "", n),
            "followups": self.tr("%n follow-up(s)", "", n),
        }
        return words.get(table, f"{n} {table}")

    def counts(self, counts: Mapping[str, int]) -> str:
        return ", ".join(self.count(table, n) for table, n in counts.items())

    def holds(self, choice: BackupChoice) -> str:
        """'12 contacts, 30 notes, 4 meetings'."""
        if not choice.counts:
            return self.tr("contents unknown (it could not be read)")
        return self.counts({table: choice.counts.get(table, 0) for table in SHOWN})

    def loss(self, choice: BackupChoice) -> str:
        """'' when nothing would be lost, else '3 contacts, 1 note fewer than now'."""
        if not choice.would_lose:
            return ""
        return self.tr("{counts} fewer than now").format(counts=self.counts(choice.would_lose))

    def why(self, choice: BackupChoice) -> str:
        """Why it was taken: "daily", "before-import"… as words."""
        words = {
            "daily": self.tr("Daily"),
            "manual": self.tr("Backed up by hand"),
            "before-import": self.tr("Before an import"),
            "before-merge": self.tr("Before a merge"),
            "before-restore": self.tr("Before a restore"),
        }
        return words.get(choice.label, choice.label)
