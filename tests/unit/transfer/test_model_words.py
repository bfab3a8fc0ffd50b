"""What an import says in the CLI: English with its plurals, never "contact(s)"."""

from __future__ import annotations

from netprep.domain.message import RecordCount, counted
from netprep.services.transfer.model import ImportResult


def test_an_import_result_says_one_and_many() -> None:
    assert str(ImportResult(added=1, merged=0, skipped=2)) == (
        "Imported 1 new contact, merged 0, skipped 2."
    )
    assert str(ImportResult(added=3, merged=1, skipped=0, restored=1)) == (
        "Imported 3 new contacts, merged 1, skipped 0, restored 1 other record."
    )


def test_counts_of_records_in_english() -> None:
    assert counted(0, "file", "files") == "0 files"
    assert str(RecordCount("followups", 1)) == "1 follow-up"
    assert str(RecordCount("interactions", 2)) == "2 interactions"
    assert str(RecordCount("something-new", 2)) == "2 something-new"


def test_every_table_a_user_counts_has_its_words() -> None:
    from netprep.domain.message import RECORD_WORDS
    from netprep.store.database import TABLES

    assert set(RECORD_WORDS) == set(TABLES) - {"profile"}  # a new table gets its words too
