"""A reader that stops early (`netprep contacts | head -1`) ends a command quietly.

No "unexpected error", no traceback, no "Exception ignored … BrokenPipeError" from Python's
flush at exit: the exit status is 0 or 141 (128 + SIGPIPE), as for any command-line tool.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import Netprep

QUIET_EXITS = (0, 141)


def finish(proc: subprocess.Popen[str]) -> tuple[int, str]:
    """Close our end of the child's stdout, then its exit status and all it said on stderr."""
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    with proc.stderr:
        said = proc.stderr.read()
    return proc.wait(timeout=60), said


@pytest.fixture
def many_contacts(netprep: Netprep, tmp_path: Path) -> Path:
    """A data folder whose `contacts` listing is far larger than a pipe's buffer."""
    rows = "".join(
        f"Person {i:04d} with a name long enough to fill a pipe quickly,p{i}@example.org\n"
        for i in range(2500)
    )
    csv = tmp_path / "many.csv"
    csv.write_text("Name,Email\n" + rows, encoding="utf-8")
    data = tmp_path / "many"
    done = netprep.run("--data-dir", str(data), "import", str(csv), "--format", "csv")
    assert done.returncode == 0, done.stderr
    return data


@pytest.mark.parametrize("unbuffered", ["", "1"], ids=["buffered", "unbuffered"])
def test_a_reader_that_stops_after_one_line(
    netprep: Netprep, many_contacts: Path, unbuffered: str
) -> None:
    proc = netprep.popen("--data-dir", str(many_contacts), "contacts", PYTHONUNBUFFERED=unbuffered)
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith("Person 0000 with a name")
    status, said = finish(proc)
    assert said == "" and status in QUIET_EXITS, (status, said)


@pytest.mark.parametrize(
    "command",
    [("contacts",), ("export", "--format", "json"), ("brief", "daniel")],
    ids=["contacts", "export", "brief"],
)
def test_a_pipe_closed_before_anything_is_written(
    netprep: Netprep, tmp_path: Path, command: tuple[str, ...]
) -> None:
    """Small outputs wait in Python's buffer until exit: that flush must stay quiet too."""
    data = str(tmp_path / "demo")
    assert netprep.run("--data-dir", data, "init", "--demo").returncode == 0
    proc = netprep.popen("--data-dir", data, *command, PYTHONUNBUFFERED="")
    status, said = finish(proc)
    assert said == "" and status in QUIET_EXITS, (status, said)
