"""One writer per data folder: a second one is refused, readers may look, a dead writer's
lock goes with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.store.database import Database
from netprep.store.errors import DataDirLockedError, ReadOnlyError
from netprep.store.store import Store

REPO = Path(__file__).resolve().parents[3]

TRY_TO_OPEN = """
import sys
from pathlib import Path
from netprep.domain.clock import ManualClock
from netprep.store.database import Database
from netprep.store.errors import DataDirLockedError
try:
    Database.open(Path(sys.argv[1]), ManualClock()).close()
except DataDirLockedError as exc:
    print(f"LOCKED {exc}")
    sys.exit(3)
print("OPENED")
"""


def open_in_child(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", TRY_TO_OPEN, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def open_store(folder: Path, *, read_only: bool = False) -> Store:
    clock = ManualClock()
    return Store(Database.open(folder, clock, read_only=read_only), clock)


def test_second_writer_in_the_same_process_is_refused(tmp_path: Path) -> None:
    first = Database.open(tmp_path, ManualClock())
    with pytest.raises(DataDirLockedError) as caught:
        Database.open(tmp_path, ManualClock())
    message = str(caught.value)
    assert str(tmp_path) in message and "already open" in message
    assert f"process {os.getpid()}" in message
    first.close()
    Database.open(tmp_path, ManualClock()).close()  # free again


@pytest.mark.slow
def test_second_writer_in_another_process_is_refused_until_the_first_closes(
    tmp_path: Path,
) -> None:
    first = Database.open(tmp_path, ManualClock())
    refused = open_in_child(tmp_path)
    assert refused.returncode == 3, refused.stderr
    assert refused.stdout.startswith("LOCKED") and str(tmp_path) in refused.stdout
    first.close()
    allowed = open_in_child(tmp_path)
    assert allowed.returncode == 0 and allowed.stdout.strip() == "OPENED", allowed.stderr


@pytest.mark.slow
def test_lock_of_a_killed_writer_is_released(tmp_path: Path) -> None:
    holder = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from netprep.domain.clock import ManualClock
        from netprep.store.database import Database
        db = Database.open(Path(sys.argv[1]), ManualClock())
        print("HOLDING", flush=True)
        sys.stdin.read()
        """
    )
    with subprocess.Popen(  # the with-block closes the pipes after the kill
        [sys.executable, "-c", holder, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "HOLDING"
            with pytest.raises(DataDirLockedError, match=f"process {child.pid}"):
                Database.open(tmp_path, ManualClock())
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    Database.open(tmp_path, ManualClock()).close()


def test_read_only_open_works_beside_the_writer_and_refuses_writes(tmp_path: Path) -> None:
    writer = open_store(tmp_path)
    ann = writer.contacts.save(Contact(name="Ann Lee", role="Nurse"))
    writer.contacts.save(Contact(name="Bob Ode"))
    files = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}

    reader = open_store(tmp_path, read_only=True)
    assert reader.read_only
    assert sorted(c.name for c in reader.contacts.all()) == ["Ann Lee", "Bob Ode"]
    changed = reader.contacts.get(ann.id)
    assert changed is not None
    changed.role = "Product Manager"
    with pytest.raises(ReadOnlyError, match="read-only; nothing was saved"):
        reader.contacts.save(changed)
    with pytest.raises(ReadOnlyError):
        reader.contacts.save(Contact(name="Cat Demir"))
    with pytest.raises(ReadOnlyError):
        reader.contacts.delete(ann.id)
    still = reader.contacts.get(ann.id)
    assert still is not None and still.role == "Nurse"  # memory did not take the change
    assert len(reader.contacts) == 2
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == files
    reader.close()
    writer.close()


def test_read_only_open_does_not_remove_a_writers_temp_files(tmp_path: Path) -> None:
    writer = open_store(tmp_path)
    in_flight = tmp_path / ".contacts.json.4242.netprep-tmp"  # the writer, mid-save
    in_flight.write_bytes(b'{"contacts": {}}')
    open_store(tmp_path, read_only=True).close()
    assert in_flight.exists()
    writer.close()


def test_new_writer_after_the_first_closes_sees_its_data(tmp_path: Path) -> None:
    first = open_store(tmp_path)
    first.contacts.save(Contact(name="Ann Lee"))
    first.close()
    second = open_store(tmp_path)
    second.contacts.save(Contact(name="Bob Ode"))
    assert sorted(c.name for c in second.contacts.all()) == ["Ann Lee", "Bob Ode"]
    second.close()
