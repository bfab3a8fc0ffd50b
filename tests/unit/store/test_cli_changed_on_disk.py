"""`netprep import` runs for seconds on a big file: if a sync tool changes the data folder
meanwhile, the CLI stops with one clear line and writes nothing over that change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from netprep.cli import main
from netprep.composition import open_app
from netprep.domain.records import Contact
from netprep.services.transfer.service import TransferService

FIXTURES = Path(__file__).parents[2] / "fixtures" / "transfer"


def test_import_stops_when_the_folder_changed_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    app = open_app(data)
    app.contacts.save(Contact(name="Ada Lovelace"))
    app.contacts.save(Contact(name="Grace Hopper"))
    app.close()
    journal = data / "contacts.changes.jsonl"
    real_preview = TransferService.preview

    def preview_then_a_sync(self: TransferService, *args: Any, **kwargs: Any) -> Any:
        found = real_preview(self, *args, **kwargs)
        landed = data / ".contacts.sync-tmp"  # the other computer's journal lands
        landed.write_bytes(journal.read_bytes().replace(b"Grace Hopper", b"Grace B. Hopper"))
        landed.replace(journal)
        return found

    monkeypatch.setattr(TransferService, "preview", preview_then_a_sync)
    theirs = journal.read_bytes().replace(b"Grace Hopper", b"Grace B. Hopper")
    code = main(["--data-dir", str(data), "import", str(FIXTURES / "linkedin_connections.csv")])
    err = capsys.readouterr().err
    assert code != 0
    assert err.startswith("netprep: Your data was changed on disk by another program")
    assert "contacts.changes.jsonl" in err and "Traceback" not in err
    assert journal.read_bytes() == theirs  # not written over
