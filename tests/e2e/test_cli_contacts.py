"""The headless CLI: init, contacts, and clear one-line errors."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.conftest import Netprep


def test_init_demo_then_list_and_search(netprep: Netprep, tmp_path: Path) -> None:
    data = tmp_path / "data"
    created = netprep.run("--data-dir", str(data), "init", "--demo")
    assert created.returncode == 0, created.stderr
    assert "11 contacts (2 of them referred in a past meeting), " in created.stdout
    assert "2 prepared meetings and 1 past meeting." in created.stdout
    assert (data / "netprep.json").exists() and (data / "contacts.json").exists()

    listed = netprep.run("--data-dir", str(data), "contacts")
    assert listed.returncode == 0 and listed.stderr == ""
    lines = listed.stdout.splitlines()
    assert len(lines) == 11  # 9 seeded, and the 2 names from the recorded meeting with Elena
    assert any(line.startswith("Priya Nair <") for line in lines)
    assert lines == sorted(lines, key=str.casefold)
    assert any(line.startswith("Daniel Mensah <") and "Wardline Health" in line for line in lines)

    found = netprep.run("--data-dir", str(data), "contacts", "--search", "arsenal")
    assert found.stdout.splitlines() == [line for line in lines if line.startswith("Daniel Mensah")]


def test_data_dir_from_environment(netprep: Netprep, tmp_path: Path) -> None:
    netprep.env["NETPREP_DATA_DIR"] = str(tmp_path / "envdata")
    assert netprep.run("init").returncode == 0
    assert (tmp_path / "envdata" / "netprep.json").exists()


def test_user_mistakes_give_one_clear_line(netprep: Netprep, tmp_path: Path) -> None:
    missing = netprep.run("--data-dir", str(tmp_path / "nowhere"), "contacts")
    assert missing.returncode != 0
    assert missing.stderr.strip().count("\n") == 0
    assert "No data folder" in missing.stderr and "Traceback" not in missing.stderr

    data = tmp_path / "data"
    netprep.run("--data-dir", str(data), "init", "--demo")
    again = netprep.run("--data-dir", str(data), "init", "--demo")
    assert again.returncode != 0 and "already has contacts" in again.stderr

    (data / "contacts.json").write_text("{not json", encoding="utf-8")
    corrupt = netprep.run("--data-dir", str(data), "contacts")
    assert corrupt.returncode != 0
    assert "contacts.json" in corrupt.stderr and "Traceback" not in corrupt.stderr
    assert (data / "contacts.json").read_text(encoding="utf-8") == "{not json"
