"""`netprep import` and `netprep export` as a user runs them, including a kill mid-import."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import Netprep

FIXTURES = Path(__file__).parents[1] / "fixtures" / "transfer"


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_dry_run_prints_the_preview_and_writes_nothing(netprep: Netprep, tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = netprep.run(
        "--data-dir", str(data), "import", str(FIXTURES / "linkedin_connections.csv"), "--dry-run"
    )
    assert done.returncode == 0, done.stderr
    assert "4 new contacts" in done.stdout
    assert "skipped row 7: no name (someone who has left LinkedIn)" in done.stdout
    assert "Dry run: nothing was written." in done.stdout
    assert not data.exists()


def test_import_then_reimport_then_export_and_restore(netprep: Netprep, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    first = netprep.run("--data-dir", data, "import", str(FIXTURES / "google_current.csv"))
    assert first.returncode == 0, first.stderr
    assert "Imported 3 new contacts, merged 0, skipped 1." in first.stdout
    again = netprep.run(
        "--data-dir", data, "import", str(FIXTURES / "google_current.csv"), "--format", "google"
    )
    assert "0 new contacts" in again.stdout and "Nothing to import." in again.stdout
    listed = netprep.run("--data-dir", data, "contacts").stdout
    assert "Alan Turing <alan@example.org>" in listed

    backup = tmp_path / "backup.json"
    out = netprep.run("--data-dir", data, "export", "--format", "json", "-o", str(backup))
    assert out.returncode == 0 and backup.exists(), out.stderr
    restored = str(tmp_path / "restored")
    done = netprep.run("--data-dir", restored, "import", str(backup))
    assert done.returncode == 0 and "Imported 3 new contacts" in done.stdout, done.stderr
    assert netprep.run("--data-dir", restored, "contacts").stdout == listed

    csv_out = netprep.run("--data-dir", data, "export", "--format", "csv")
    assert csv_out.stdout.startswith("\ufeffName,Email,Phone")
    vcf = tmp_path / "people.vcf"
    assert (
        netprep.run("--data-dir", data, "export", "--format", "vcard", "-o", str(vcf)).returncode
        == 0
    )
    assert vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("linkedin_truncated.csv", "looks cut off"),
        ("linkedin_semicolons.csv", "semicolons"),
    ],
)
def test_a_malformed_file_is_one_clear_line_and_the_folder_is_untouched(
    netprep: Netprep, tmp_path: Path, name: str, words: str
) -> None:
    data = tmp_path / "data"
    assert (
        netprep.run(
            "--data-dir", str(data), "import", str(FIXTURES / "google_legacy.csv")
        ).returncode
        == 0
    )
    before = folder_bytes(data)
    done = netprep.run("--data-dir", str(data), "import", str(FIXTURES / name))
    assert done.returncode == 1
    assert words in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert folder_bytes(data) == before


def test_binary_junk_and_a_missing_file(netprep: Netprep, tmp_path: Path) -> None:
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(os.urandom(50_000))
    done = netprep.run("--data-dir", str(tmp_path / "d"), "import", str(junk))
    assert (
        done.returncode == 1
        and "Traceback" not in done.stderr
        and done.stderr.startswith("netprep:")
    )
    missing = netprep.run("--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "no.csv"))
    assert missing.returncode == 1 and "There is no file" in missing.stderr


@pytest.mark.slow
def test_an_import_killed_half_way_leaves_the_store_as_it_was(
    netprep: Netprep, tmp_path: Path
) -> None:
    """Kill -9 at several moments of a large import: afterwards the folder opens and holds
    either none of the file or all of it, never part."""
    rows = 5000
    big = tmp_path / "Connections.csv"
    lines = [
        f"P{i},Q{i},https://www.linkedin.com/in/pq{i},,Co {i % 90},Role,12 Mar 2024"
        for i in range(rows)
    ]
    big.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + "\n".join(lines)
        + "\n"
    )
    data = tmp_path / "data"
    assert (
        netprep.run(
            "--data-dir", str(data), "import", str(FIXTURES / "google_legacy.csv")
        ).returncode
        == 0
    )
    start = time.monotonic()
    timing = netprep.run("--data-dir", str(tmp_path / "timing"), "import", str(big))
    full = time.monotonic() - start
    assert timing.returncode == 0, timing.stderr
    seen = set()
    for fraction in (0.6, 0.8, 0.92, 0.98):
        proc = netprep.popen("--data-dir", str(data), "import", str(big))
        time.sleep(full * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        listed = netprep.run("--data-dir", str(data), "contacts")
        assert listed.returncode == 0, listed.stderr
        count = len(listed.stdout.splitlines())
        assert count in (2, 2 + rows), count
        seen.add(count)
        if count != 2:
            break


def test_netprep_reads_its_own_csv_export_back(netprep: Netprep, tmp_path: Path) -> None:
    """export --format csv → import into a new folder → export again: the same file."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    demo, fresh = str(tmp_path / "demo"), str(tmp_path / "fresh")
    assert netprep.run("--data-dir", demo, "init", "--demo").returncode == 0
    assert (
        netprep.run("--data-dir", demo, "export", "--format", "csv", "-o", str(first)).returncode
        == 0
    )
    imported = netprep.run("--data-dir", fresh, "import", str(first))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("netprep contacts (CSV): first.csv\n  11 new contacts\n")
    assert "Imported 11 new contacts, merged 0, skipped 0." in imported.stdout
    assert "problem" not in imported.stdout
    again = netprep.run("--data-dir", fresh, "export", "--format", "csv", "-o", str(second))
    assert again.returncode == 0, again.stderr
    assert second.read_bytes() == first.read_bytes()
    listed = netprep.run("--data-dir", demo, "contacts").stdout
    assert netprep.run("--data-dir", fresh, "contacts").stdout == listed


def test_a_file_of_unknown_format_names_the_option_that_chooses_one(
    netprep: Netprep, tmp_path: Path
) -> None:
    trimmed = tmp_path / "trimmed.csv"
    trimmed.write_text("Name,Email\nAna Ruiz,ana@example.org\n", encoding="utf-8")
    data = str(tmp_path / "data")
    refused = netprep.run("--data-dir", data, "import", str(trimmed), "--dry-run")
    assert refused.returncode == 1
    assert refused.stderr == (
        "netprep: trimmed.csv is not a LinkedIn or Google Contacts CSV, a netprep CSV, a vCard "
        "file or a netprep backup. If it is one of these, name its format with --format "
        "(linkedin, google, csv).\n"
    )
    chosen = netprep.run("--data-dir", data, "import", str(trimmed), "--format", "csv")
    assert chosen.returncode == 0 and "Imported 1 new contact," in chosen.stdout, chosen.stderr


def test_a_file_that_is_not_json_says_where_it_goes_wrong(netprep: Netprep, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("[1,2,3", encoding="utf-8")
    done = netprep.run("--data-dir", str(tmp_path / "d"), "import", str(broken), "--dry-run")
    assert done.returncode == 1
    assert done.stderr == (
        "netprep: broken.json is not valid JSON (line 1, column 7); it may be cut off or damaged.\n"
    )
