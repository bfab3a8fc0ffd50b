"""A command that reads data, pointed at a folder that holds none, says so and fails: a
typo'd --data-dir must not look like empty data. Commands that create data still start one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import Netprep

READING = [
    ["contacts"],
    ["meetings"],
    ["referrals"],
    ["followups"],
    ["check"],
    ["review"],
    ["restore"],
    ["backup"],
    ["brief", "Ana"],
    ["log", "Ana", "--kind", "email"],
    ["export", "--format", "csv"],
    ["export-ics", "--review", "-o", "x.ics"],
]


@pytest.fixture
def not_data(tmp_path: Path) -> Path:
    """An existing folder with someone's files in it, and no netprep data."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("chapter one", encoding="utf-8")
    return folder


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("command", READING, ids=lambda c: c[0])
def test_a_folder_without_netprep_data_is_an_error_not_empty_data(
    netprep: Netprep, not_data: Path, command: list[str]
) -> None:
    result = netprep.run("--data-dir", str(not_data), *command)
    assert result.returncode == 1, result.stdout
    assert result.stdout == ""
    assert result.stderr == (
        f"netprep: {not_data} holds no netprep data (no netprep.json or contacts.json). Use "
        "--data-dir with your data folder, or `netprep init` to start one there.\n"
    )
    assert files_in(not_data) == ["thesis.txt"]  # nothing was written there


def test_commands_that_create_data_still_start_in_an_empty_or_new_folder(
    netprep: Netprep, tmp_path: Path, not_data: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert netprep.run("--data-dir", str(empty), "init").returncode == 0
    listed = netprep.run("--data-dir", str(empty), "contacts")
    assert listed.returncode == 0 and listed.stdout == "" and listed.stderr == ""
    checked = netprep.run("--data-dir", str(empty), "check")
    assert checked.returncode == 0 and "No problems found." in checked.stdout

    people = tmp_path / "people.csv"
    people.write_text("Name,Circle,How we met\nAna Ruiz,Stay in touch,a course\n", "utf-8")
    dry = netprep.run("--data-dir", str(not_data), "import", str(people), "--dry-run")
    assert dry.returncode == 0 and "1 new contact" in dry.stdout, dry.stderr
    assert files_in(not_data) == ["thesis.txt"]
    imported = netprep.run("--data-dir", str(not_data), "import", str(people))
    assert imported.returncode == 0, imported.stderr
    listed = netprep.run("--data-dir", str(not_data), "contacts")
    assert listed.returncode == 0 and listed.stdout == "Ana Ruiz\n"

    new = tmp_path / "brand" / "new"
    dry = netprep.run("--data-dir", str(new), "import", str(people), "--dry-run")
    assert dry.returncode == 0 and "1 new contact" in dry.stdout and not new.exists()
