"""How fast the store is at LinkedIn scale: 30,000 contacts and 100,000 notes.

Run ``.venv/bin/python benchmarks/store_benchmark.py`` (a temporary folder, removed after)
or ``--data-dir DIR`` to keep the data folder. It measures what a user waits for: building
the data with bulk saves, opening the folder at app start (against a plain orjson parse of
the same files, and the store's memory against the data on disk), reading one contact's
notes, saving one edited contact or one new note (each save acknowledged, i.e. fsync'd), and
searching the contact list.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from netprep.domain.clock import ManualClock
from netprep.domain.records import Circle, Contact, Note, NoteKind
from netprep.services.contacts import ContactService
from netprep.store import table_file
from netprep.store.database import TABLES, Database, journal_file
from netprep.store.database import table_file as table_file_name
from netprep.store.store import Store


def _items(text: str, sep: str | None = None) -> list[str]:
    return [item.strip() for item in text.split(sep)]


FIRST = _items(
    "Aoife Grace Daniel Rahul Tomasz Sofia Kwame Elena Jonas Hiroshi Amara Liam Priya Mateo "
    "Ingrid Yusuf Chloe Dmitri Fatima Oscar Mei Lucas Zainab Henrik Isabela Kofi Nadia Pierre "
    "Ananya Felix Leila Samuel Ines Tariq Freya Diego Hana Emeka Saoirse Viktor"
)
LAST = _items(
    "Brennan Adeyemi Okafor Sharma Kowalski Rossi Mensah Petrova Weber Tanaka Nwosu Murphy "
    "Patel Garcia Lindqvist Demir Martin Ivanov Haddad Nilsson Chen Silva Rahman Hansen "
    "Costa Asante Karimi Dubois Iyer Wagner Farah Cohen Ferreira Aziz Larsen Moreno Sato "
    "Obi Walsh Novak"
)
COMPANIES = _items(
    "Northgate NHS Trust|Helix Health|Babylon Grove|Ada Analytics|Cobalt Robotics|"
    "Riverside Clinic|Monzo|Octopus Energy|Ocado Technology|Wellcome Sanger|DeepMind|Arm|"
    "Kheiron Medical|Huma|Cera Care|Accurx|Thriva|Zego|Lindus Health|Patchwork Health",
    "|",
)
ROLES = _items(
    "Product Manager|Chief Nursing Information Officer|Staff Engineer|Head of Clinical Safety|"
    "UX Researcher|Data Scientist|Founder|Clinical Lead|VP Product|Nurse Practitioner|"
    "Engineering Manager|Design Lead|Operations Director|Health Economist",
    "|",
)
INTERESTS = _items(
    "trail running|climbing|sourdough|chess|jazz|cycling|sailing|ceramics|board games|"
    "wild swimming|photography|gardening|Arsenal|poetry|birdwatching|Spanish|yoga|rowing|"
    "podcasts|woodwork|choir|hiking|baking|film",
    "|",
)
CITIES = _items("London Leeds Manchester Dublin Berlin Lisbon Bristol Glasgow Cambridge Oxford")
WORDS = _items(
    "ward workflow clinicians engineers patients rollout pilot discharge alarms triage data "
    "safety product roadmap interviews research hospital trust nurses team budget launch "
    "metrics adoption training feedback design prototype evidence regulation procurement "
    "virtual monitoring handover rota weekend shift audit outcome quality governance"
)


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 18))
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random, min_chars: int, max_chars: int) -> str:
    target = rng.randint(min_chars, max_chars)
    text = ""
    while len(text) < target:
        text += sentence(rng) + " "
    return text[:target].rstrip()


def make_contact(rng: random.Random, number: int) -> Contact:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    handle = f"{first}.{last}{number}".lower()
    return Contact(
        name=f"{first} {last}",
        emails=[f"{handle}@example.org"],
        phones=[f"+44 20 7946 {number % 10000:04d}"],
        company=rng.choice(COMPANIES),
        role=rng.choice(ROLES),
        location=f"{rng.choice(CITIES)}, UK",
        links=[f"https://www.linkedin.com/in/{handle}"],
        how_we_met=sentence(rng),
        circle=rng.choice(list(Circle)),
        touch_ideal_days=rng.choice([None, 30, 90, 180]),
        interests=rng.sample(INTERESTS, rng.randint(3, 6)),
        background=paragraph(rng, 300, 700),
        current_projects=sentence(rng),
        achievements=sentence(rng),
        tags=rng.sample(["nhs", "mentor", "london", "product", "founder", "research"], 2),
    )


def make_note(rng: random.Random, contact_id: str, start: date) -> Note:
    return Note(
        contact_id=contact_id,
        date=start + timedelta(days=rng.randint(0, 1500)),
        body=paragraph(rng, 200, 1500),
        kind=rng.choice(list(NoteKind)),
    )


@contextmanager
def timed(results: dict[str, float], label: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    results[label] = time.perf_counter() - start


def repeat(action: Callable[[int], object], times: int) -> list[float]:
    """Wall time of each call in seconds."""
    durations = []
    for i in range(times):
        start = time.perf_counter()
        action(i)
        durations.append(time.perf_counter() - start)
    return durations


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def report_series(label: str, durations: list[float]) -> None:
    print(
        f"{label:<44} median {ms(statistics.median(durations))}   max {ms(max(durations))}"
        f"   ({len(durations)} runs)"
    )


def print_sizes(folder: Path) -> None:
    for name in TABLES:
        for path in (folder / table_file_name(name), folder / journal_file(name)):
            if path.exists():
                print(f"{'file ' + path.name:<44} {path.stat().st_size / 1e6:8.2f} MB")
    print()


def run(folder: Path, contacts: int, notes: int, saves: int, seed: int) -> None:
    rng = random.Random(seed)
    clock = ManualClock()
    print(f"data folder: {folder}")
    print(f"dataset: {contacts:,} contacts, {notes:,} notes (seed {seed})\n")

    timings: dict[str, float] = {}
    with timed(timings, "generate"):
        people = [make_contact(rng, n) for n in range(contacts)]
        ids = [c.id for c in people]
        start_day = date(2022, 1, 1)
        writings = [make_note(rng, rng.choice(ids), start_day) for _ in range(notes)]
    with timed(timings, "build"):
        db = Database.open(folder, clock)
        store = Store(db, clock)
        store.contacts.save_many(people)
        store.notes.save_many(writings)
        store.close()
    print(f"{'generate records in memory':<44} {timings['generate']:8.2f} s")
    print(f"{'build (open + save_many x2 + close)':<44} {timings['build']:8.2f} s\n")

    print_sizes(folder)

    for label, next_day in (("open data folder (fresh process)", False), ("", True)):
        seconds = open_in_fresh_process(folder, next_day)
        label = label or "  same, first start of a day (+ backup)"
        print(f"{label:<44} {seconds:8.2f} s   (Database.open + Store)")
    report_open_against_floors(folder)
    print()

    clock.advance(2 * 24 * 3600)
    store = Store(Database.open(folder, clock), clock)
    service = ContactService(store)
    picked = rng.sample(ids, saves)

    def edit_contact(i: int) -> None:
        contact = store.contacts.get(picked[i])
        assert contact is not None
        contact.current_projects = f"Edited in run {i}: {sentence(rng)}"
        service.save(contact)

    def add_note(i: int) -> None:
        service.save_note(make_note(rng, picked[i], start_day))

    report_series("save one edited contact (fsync'd)", repeat(edit_contact, saves))
    report_series("save one new note (fsync'd)", repeat(add_note, saves))
    folds = fold_journal(lambda i: edit_contact(i % saves), 3)
    report_series("  rare save that folds the journal back", folds)
    queries = ["sourdough", "product manager", "okafor", "nhs mentor", "zzz-no-match"]
    durations = repeat(lambda i: service.search(queries[i % len(queries)]), 20)
    hits = len(service.search("sourdough"))
    report_series(f"search contacts (e.g. 'sourdough': {hits:,} hits)", durations)
    store.close()
    print()
    print_sizes(folder)


def fold_journal(save: Callable[[int], object], times: int) -> list[float]:
    """Time saves made to rewrite the whole table file, as one does when its journal
    outgrows half the file (after thousands of small saves)."""
    limits = table_file.JOURNAL_MIN_BYTES, table_file.JOURNAL_MAX_RATIO
    table_file.JOURNAL_MIN_BYTES, table_file.JOURNAL_MAX_RATIO = 0, 0.0
    try:
        return repeat(save, times)
    finally:
        table_file.JOURNAL_MIN_BYTES, table_file.JOURNAL_MAX_RATIO = limits


OPEN_SCRIPT = """
import sys, time
start, cpu = time.perf_counter(), time.process_time()
from datetime import timedelta
from pathlib import Path
from netprep.domain.clock import ManualClock
from netprep.store.database import Database
from netprep.store.store import Store
clock = ManualClock()
clock.advance(timedelta(days=int(sys.argv[2])).total_seconds())
store = Store(Database.open(Path(sys.argv[1]), clock), clock)
wall, cpu = time.perf_counter() - start, time.process_time() - cpu
status = Path("/proc/self/status")
lines = status.read_text().splitlines() if status.exists() else []
rss = [line for line in lines if line.startswith("VmRSS")]
hwm = [line for line in lines if line.startswith("VmHWM")]
some = store.contacts.all()[len(store.contacts) // 2].id
started = time.perf_counter()
notes = store.notes.where("contact_id", some)
lookup = time.perf_counter() - started
kib = [int(found[0].split()[1]) if found else 0 for found in (rss, hwm)]
print(wall, cpu, kib[0], lookup, len(notes), kib[1])
store.close()
"""

PARSE_SCRIPT = """
import sys, time
start, cpu = time.perf_counter(), time.process_time()
from pathlib import Path
import orjson
for path in sorted(Path(sys.argv[1]).glob("*.json*")):
    data = path.read_bytes()
    try:
        orjson.loads(data)
    except orjson.JSONDecodeError:  # a journal: one document per line, then its checksum
        for line in data.splitlines():
            if line.strip():
                orjson.loads(line[: line.rfind(b"}") + 1])
print(time.perf_counter() - start, time.process_time() - cpu)
"""


def open_in_fresh_process(folder: Path, next_day: bool) -> float:
    """What app start pays: a new process with nothing else in memory."""
    return _fresh(OPEN_SCRIPT, folder, "1" if next_day else "0")[0]


def _fresh(script: str, folder: Path, *args: str, code: Path | None = None) -> list[float]:
    """Run ``script`` in a new process (importing netprep from ``code`` when given)."""
    env = dict(os.environ, PYTHONPATH=str(code)) if code is not None else None
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder), *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=code,  # "-c" puts the working folder first on the path
    )
    return [float(v) for v in done.stdout.split()]


def compare_open(old: Path, folder: Path, new: Path, runs: int) -> None:
    """Open ``folder`` with an older checkout of netprep (``git worktree add /tmp/x REV``)
    and a newer one, alternately in fresh processes, beside the orjson parse floor:
    medians of wall and CPU time, and the resident memory after the open and at its peak."""
    results: dict[str, list[list[float]]] = {"old": [], "new": [], "parse": []}
    for _ in range(runs):
        results["old"].append(_fresh(OPEN_SCRIPT, folder, "0", code=old))
        results["new"].append(_fresh(OPEN_SCRIPT, folder, "0", code=new))
        results["parse"].append(_fresh(PARSE_SCRIPT, folder))
    floor_wall, floor_cpu = (statistics.median(p[i] for p in results["parse"]) for i in range(2))
    disk = sum(p.stat().st_size for p in folder.glob("*.json*") if p.is_file()) / 2**20
    print(f"{folder}: {disk:.0f} MiB on disk; median of {runs} fresh processes each")
    print(
        f"{'':6} {'wall s':>7} {'cpu s':>7} {'wall/parse':>11} {'cpu/parse':>10}"
        f" {'RSS MiB':>8} {'peak MiB':>9} {'one contact notes':>18}"
    )
    print(f"{'parse':6} {floor_wall:7.2f} {floor_cpu:7.2f}")
    for label in ("old", "new"):
        wall, cpu, rss, lookup, _, hwm = (
            statistics.median(r[i] for r in results[label]) for i in range(6)
        )
        print(
            f"{label:6} {wall:7.2f} {cpu:7.2f} {wall / floor_wall:10.2f}x {cpu / floor_cpu:9.2f}x"
            f" {rss / 1024:8.0f} {hwm / 1024:9.0f} {lookup * 1000:15.1f} ms"
        )


def report_open_against_floors(folder: Path, runs: int = 3) -> None:
    """Opening the data vs a plain orjson parse of the same files (wall and CPU), and the
    store's memory vs the data on disk, each a median of fresh processes."""
    opens = [_fresh(OPEN_SCRIPT, folder, "0") for _ in range(runs)]
    parses = [_fresh(PARSE_SCRIPT, folder) for _ in range(runs)]
    wall, cpu, rss, lookup = (statistics.median(o[i] for o in opens) for i in range(4))
    floor_wall, floor_cpu = (statistics.median(p[i] for p in parses) for i in range(2))
    disk = sum(p.stat().st_size for p in folder.glob("*.json*") if p.is_file())
    print(
        f"{'open vs orjson parse (wall / cpu)':<44} {wall / floor_wall:8.2f} x / "
        f"{cpu / floor_cpu:.2f} x   ({wall:.2f} s vs {floor_wall:.2f} s)"
    )
    if rss:
        print(
            f"{'store resident after open vs data on disk':<44} {rss * 1024 / disk:8.2f} x"
            f"     ({rss / 1024:.0f} MiB vs {disk / 2**20:.0f} MiB)"
        )
    label = "the notes of one contact (read from the file)"
    print(f"{label:<44} {ms(lookup)}")


def compare_app(old: Path, folder: Path, new: Path, runs: int) -> None:
    """The whole app launched on a copy of ``folder`` with each checkout, alternately: the
    resident memory once the window is shown with the data (and the peak), as
    scale_benchmark.py measures it, and how long after the paint the data was open."""
    from scale_benchmark import launch, launch_env

    with tempfile.TemporaryDirectory(prefix="netprep-app-") as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("backups"))
        runs_of: dict[Path, list[Any]] = {old: [], new: []}
        for number in range(runs + 1):
            for code in (old, new):
                env = dict(launch_env(Path(tmp)), PYTHONPATH=str(code))
                command = [sys.executable, "-m", "netprep", "--data-dir", str(copy)]
                os.chdir(code)  # "-m" puts the working folder first on the path
                started = launch(command, env) if number else None  # the 1st: a backup
                if started is not None:
                    runs_of[code].append(started)
    disk = sum(p.stat().st_size for p in folder.glob("*.json*") if p.is_file()) / 2**20
    print(f"\nwhole app, window shown with the data ({runs} launches each; {disk:.0f} MiB on disk)")
    for label, code in (("old", old), ("new", new)):
        done = runs_of[code]
        rss = statistics.median(r.rss for r in done) / 1024
        peak = statistics.median(r.peak for r in done) / 1024
        data = statistics.median(r.data for r in done)
        print(
            f"{label:6} RSS {rss:5.0f} MiB ({rss / disk:.2f}x disk)  peak {peak:5.0f} MiB"
            f"  data open {data:.2f} s after the paint"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, help="keep the data folder here (must be new)")
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=20, help="timed single saves of each kind")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument(
        "--compare",
        nargs=2,
        type=Path,
        metavar=("OLD_CHECKOUT", "DATA_DIR"),
        help="only open DATA_DIR with an older checkout and this one, side by side",
    )
    parser.add_argument("--runs", type=int, default=5, help="fresh processes each (--compare)")
    parser.add_argument(
        "--new", type=Path, help="the checkout to compare with (--compare; default: this one)"
    )
    parser.add_argument("--app", action="store_true", help="--compare: launch the whole app too")
    args = parser.parse_args(argv)
    if args.compare:
        old, folder = args.compare
        new = args.new or Path(__file__).resolve().parents[1]
        compare_open(old, folder, new, args.runs)
        if args.app:
            compare_app(old, folder, new, args.runs)
        return 0
    if args.data_dir is not None:
        if args.data_dir.exists() and any(args.data_dir.iterdir()):
            print(f"{args.data_dir} is not empty; give a new folder.", file=sys.stderr)
            return 2
        run(args.data_dir, args.contacts, args.notes, args.saves, args.seed)
        return 0
    with tempfile.TemporaryDirectory(prefix="netprep-bench-") as tmp:
        run(Path(tmp), args.contacts, args.notes, args.saves, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
