"""A failed `netprep --data-dir NEW import FILE` leaves no new folder behind.

Only what the command created goes: a folder that existed before stays, whatever it holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import Netprep

FIXTURES = Path(__file__).parents[1] / "fixtures" / "transfer"


def unreadable(tmp_path: Path) -> Path:
    bad = tmp_path / "notes.txt"
    bad.write_text("not contacts, just some words\n", encoding="utf-8")
    return bad


@pytest.mark.parametrize("which", ["unknown format", "missing file", "cut off"])
def test_a_failed_import_into_new_folders_leaves_none_behind(
    netprep: Netprep, tmp_path: Path, which: str
) -> None:
    source = {
        "unknown format": unreadable(tmp_path),
        "missing file": tmp_path / "no-such-file.csv",
        "cut off": FIXTURES / "linkedin_truncated.csv",
    }[which]
    data = tmp_path / "new" / "deeper" / "data"
    done = netprep.run("--data-dir", str(data), "import", str(source))
    assert done.returncode == 1
    assert done.stderr.startswith("netprep: ") and "Traceback" not in done.stderr
    assert not (tmp_path / "new").exists()


def test_folders_that_existed_stay(netprep: Netprep, tmp_path: Path) -> None:
    parent = tmp_path / "existing"
    parent.mkdir()
    (parent / "mine.txt").write_text("the user's own file", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    for data in (parent / "data", empty):
        done = netprep.run("--data-dir", str(data), "import", str(unreadable(tmp_path)))
        assert done.returncode == 1 and "Traceback" not in done.stderr
    assert [p.name for p in parent.iterdir()] == ["mine.txt"]
    assert (parent / "mine.txt").read_text(encoding="utf-8") == "the user's own file"
    assert empty.is_dir()


def test_a_successful_import_into_a_new_folder_keeps_it(netprep: Netprep, tmp_path: Path) -> None:
    data = tmp_path / "new" / "data"
    done = netprep.run("--data-dir", str(data), "import", str(FIXTURES / "google_current.csv"))
    assert done.returncode == 0, done.stderr
    listed = netprep.run("--data-dir", str(data), "contacts")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3, listed.stderr
