"""`netprep backup`, `netprep restore [BACKUP]`, `netprep check`, run as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import Netprep


@pytest.mark.slow
def test_backup_restore_and_check_from_the_command_line(netprep: Netprep, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert netprep.run("--data-dir", str(data), "init", "--demo").returncode == 0
    made = netprep.run("--data-dir", str(data), "backup")
    assert made.returncode == 0, made.stderr
    assert "It holds" in made.stdout and " contacts, " in made.stdout
    name = made.stdout.split("/backups/")[1].split()[0]

    added = netprep.run("--data-dir", str(data), "log", "Daniel", "--kind", "email")
    assert added.returncode == 0, added.stderr
    listed = netprep.run("--data-dir", str(data), "restore")
    assert listed.returncode == 0 and name in listed.stdout
    line = next(x for x in listed.stdout.splitlines() if x.startswith(name))
    assert line.endswith("  - would lose 1 interaction")  # what the backup lacks, per backup
    assert "fewer than now" not in listed.stdout  # said once: not "would lose 1 … fewer than now"

    refused = netprep.run("--data-dir", str(data), "restore", name)
    assert refused.returncode == 1
    assert "holds less than your data now (1 interaction). Restoring it" in refused.stderr
    done = netprep.run("--data-dir", str(data), "restore", name, "--accept-loss")
    assert done.returncode == 0, done.stderr
    assert "before-restore" in done.stdout  # what it replaced is kept

    checked = netprep.run("--data-dir", str(data), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No problems found." in checked.stdout


@pytest.mark.slow
def test_check_names_an_orphan_note_and_a_damaged_record(netprep: Netprep, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert netprep.run("--data-dir", str(data), "init", "--demo").returncode == 0
    contacts = data / "contacts.json"
    raw = contacts.read_bytes()
    start = raw.index(b'"name":"') + len(b'"name":"')
    contacts.write_bytes(raw[:start] + bytes([raw[start] ^ 1]) + raw[start + 1 :])  # one bit
    checked = netprep.run("--data-dir", str(data), "check")
    assert checked.returncode == 1
    assert "contacts.json: record" in checked.stdout and "checksum" in checked.stdout
    assert "orphan note" in checked.stdout  # that contact's notes now point at no one
    checked_line = next(x for x in checked.stdout.splitlines() if x.startswith("Checked: "))
    assert " follow-ups" in checked_line and "followups" not in checked_line  # words
