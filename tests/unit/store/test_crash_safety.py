"""Kill -9 at random moments: everything the store acknowledged is still there afterwards.

A child process opens the data folder and saves in a loop (new contacts, batches, notes,
edits, deletes; the journal is folded into the table file often), printing each record's
id only after ``save()`` returned. The parent kills it at a random moment, then opens the
folder itself and checks every acknowledged change.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from netprep.domain.clock import ManualClock
from netprep.store.database import Database
from netprep.store.store import Store

REPO = Path(__file__).resolve().parents[3]
KILLS = 40
SEED = 20_260_125

CHILD = """
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact, Note
from netprep.store import table_file
from netprep.store.database import Database
from netprep.store.store import Store

folder, run = Path(sys.argv[1]), int(sys.argv[2])
table_file.JOURNAL_MIN_BYTES = 6_000  # fold the journal often, so kills land in rewrites too
rng = random.Random(run)
clock = ManualClock(datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(days=run))  # a backup a run


def say(*words):
    sys.stdout.write(" ".join(words) + "\\n")
    sys.stdout.flush()


store = Store(Database.open(folder, clock), clock)
say("READY")
alive = [c.id for c in store.contacts.all()]
step = 0
while True:
    step += 1
    stamp = str(run * 1_000_000 + step)  # grows across runs: edits can be ordered
    roll = rng.random()
    if roll < 0.45 or not alive:
        saved = store.contacts.save(Contact(name=f"Contact {stamp}", background="x" * 300))
        alive.append(saved.id)
        say("C", saved.id)
    elif roll < 0.55:
        batch = store.contacts.save_many(Contact(name=f"Batch {stamp} {k}") for k in range(5))
        for saved in batch:
            alive.append(saved.id)
            say("C", saved.id)
    elif roll < 0.7:
        note = store.notes.save(Note(contact_id=rng.choice(alive), body="Met for coffee. " * 20))
        say("N", note.id)
    elif roll < 0.9:
        contact = store.contacts.get(rng.choice(alive))
        contact.role = stamp
        store.contacts.save(contact)
        say("E", contact.id, stamp)
    else:
        gone = alive.pop(rng.randrange(len(alive)))
        say("d", gone)  # from here on it may or may not be deleted
        store.contacts.delete(gone)
        say("D", gone)
"""


@dataclass
class Acknowledged:
    """What the children reported as saved, across every run."""

    contacts: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)
    edits: dict[str, int] = field(default_factory=dict)  # contact id -> last acknowledged
    deleting: set[str] = field(default_factory=set)  # delete started: either state is fine
    deleted: set[str] = field(default_factory=set)
    lines: int = 0

    def take(self, line: str) -> None:
        kind, *args = line.split()
        self.lines += 1
        if kind == "C":
            self.contacts.add(args[0])
        elif kind == "N":
            self.notes.add(args[0])
        elif kind == "E":
            self.edits[args[0]] = int(args[1])
        elif kind == "d":
            self.deleting.add(args[0])
        elif kind == "D":
            self.deleted.add(args[0])


def run_child_and_kill(script: Path, folder: Path, run: int, rng: random.Random) -> list[str]:
    """Start a child, kill it 20-300 ms later (counted from its start for a third of the
    runs, so kills also land while it opens and backs up); return its complete lines."""
    child = subprocess.Popen(
        [sys.executable, str(script), str(folder), str(run)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None
    os.set_blocking(child.stdout.fileno(), False)
    delay = rng.uniform(0.020, 0.300)
    from_start = run % 3 == 0
    deadline = time.monotonic() + delay if from_start else None
    received = b""
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        while deadline is None or time.monotonic() < deadline:
            timeout = 5.0 if deadline is None else max(0.0, deadline - time.monotonic())
            if selector.select(timeout):
                chunk = child.stdout.read() or b""
                if not chunk:
                    break  # the child ended on its own: it should not
                received += chunk
                if deadline is None and b"READY\n" in received:
                    deadline = time.monotonic() + delay
            elif deadline is None:
                break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    received += child.stdout.read() or b""
    stderr = child.stderr.read().decode() if child.stderr else ""
    child.stdout.close()
    if child.stderr:
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL, f"the child failed on its own:\n{stderr}"
    complete, _, _ = received.rpartition(b"\n")  # a line cut by the kill was not acknowledged
    return [line for line in complete.decode().splitlines() if line and line != "READY"]


def check_folder(folder: Path, acked: Acknowledged) -> None:
    clock = ManualClock()
    store = Store(Database.open(folder, clock), clock)
    try:
        assert not list(folder.glob(".*.netprep-tmp")), "a stale temp file survived the open"
        contacts = {c.id for c in store.contacts.all()}
        must_exist = acked.contacts - acked.deleting
        missing = must_exist - contacts
        assert not missing, f"{len(missing)} acknowledged contacts are gone"
        assert not (acked.deleted & contacts), "an acknowledged delete came undone"
        notes = {n.id for n in store.notes.all()}
        assert acked.notes <= notes, f"{len(acked.notes - notes)} acknowledged notes are gone"
        for contact_id, stamp in acked.edits.items():
            contact = store.contacts.get(contact_id)
            if contact is not None:  # it may be deleted later, which is fine
                assert int(contact.role) >= stamp, "an acknowledged edit was lost"
    finally:
        store.close()


@pytest.mark.slow
def test_nothing_acknowledged_is_lost_when_killed(tmp_path: Path) -> None:
    script = tmp_path / "saver.py"
    script.write_text(CHILD)
    folder = tmp_path / "data"
    rng = random.Random(SEED)
    acked = Acknowledged()
    kills_after_saves = 0
    for run in range(1, KILLS + 1):
        lines = run_child_and_kill(script, folder, run, rng)
        for line in lines:
            acked.take(line)
        kills_after_saves += bool(lines)
        check_folder(folder, acked)
    print(
        f"\n{KILLS} kills ({kills_after_saves} after saves began), {acked.lines} acknowledged "
        f"changes: {len(acked.contacts)} contacts, {len(acked.notes)} notes, "
        f"{len(acked.edits)} edited, {len(acked.deleted)} deleted - all intact"
    )
    assert kills_after_saves >= KILLS // 2  # most kills hit a child busy saving
    assert len(acked.contacts) > 200 and acked.notes and acked.edits and acked.deleted
