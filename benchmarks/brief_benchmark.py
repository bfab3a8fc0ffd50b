"""How fast a pre-meeting brief builds when the user's network holds 30,000 contacts.

Run ``.venv/bin/python benchmarks/brief_benchmark.py``. No store is involved: the demo
profile and contacts (resources/demo/demo.json) are put in a generated network, and
``build_brief`` runs the way the brief service calls it (``network`` = every contact,
the very records the store holds: it hands out shared instances and replaces a record
when it is saved). It prints the first build with a cold index (which pays for reading
the whole network), the reading the app does ahead on a worker (``warm``), the first
brief after it, and the median of ten rebuilds, for one demo contact and across all nine.

``--prep DATA_DIR`` (or ``--prep 30000`` for the 30,000-contact data set that
scale_benchmark.py builds) opens "Prepare a meeting" in an offscreen window on that data
and prints the longest freeze of the window while it opens, when the brief is shown, the
longest freeze in the 0.3 s after it (the picker's list brought up to date, the brief laid
out) and the process's CPU time per opening. Compare two checkouts side by side (the
machine is shared: run them in turns) with ``PYTHONPATH=OLD_CHECKOUT`` for the old one.

Two networks: ``linkedin`` is what an import of LinkedIn connections looks like (every
contact has a name, company, role and location; a few hundred have interests, notes-like
fields and tags typed in by the user); ``dense`` gives every contact every field, which
is far more than anyone types, as a worst case.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from netprep.domain.agenda import AgendaPhase, BriefSection
from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.network.index import NetworkIndex
from netprep.domain.brief.taxonomy import Taxonomy
from netprep.domain.records import Circle, Contact, Note, NoteKind, Profile
from netprep.resources import resource_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_benchmark import CITIES, paragraph, sentence

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
DEMO_KEYS = ("daniel", "grace", "tomasz", "sofia", "kwame", "rahul", "elena", "jonas", "hiroshi")


def _items(text: str, sep: str | None = None) -> list[str]:
    return [item.strip() for item in text.split(sep)]


FIRST = _items(
    "Aoife Grace Daniel Rahul Tomasz Sofia Kwame Elena Jonas Hiroshi Amara Liam Priya Mateo "
    "Ingrid Yusuf Chloe Dmitri Fatima Oscar Mei Lucas Zainab Henrik Isabela Kofi Nadia Pierre "
    "Ananya Felix Leila Samuel Ines Tariq Freya Diego Hana Emeka Saoirse Viktor Ruth Omar"
)
LAST = _items(
    "Brennan Okafor Sharma Rossi Petrova Weber Nwosu Murphy Patel Garcia Demir Martin Ivanov "
    "Haddad Nilsson Chen Silva Rahman Hansen Costa Asante Karimi Dubois Wagner Farah Cohen "
    "Ferreira Aziz Larsen Moreno Sato Obi Walsh Novak Byrne Fischer Jensen Mendes Ali Kaur"
)
COMPANIES = _items(
    "Northgate NHS Trust|Helix Health|Babylon Grove|Ada Analytics|Cobalt Robotics|"
    "Riverside Clinic|Monzo|Octopus Energy|Ocado Technology|Wellcome Sanger|DeepMind|Arm|"
    "Kheiron Medical|Huma|Cera Care|Accurx|Thriva|Zego|Lindus Health|Patchwork Health|"
    "Deloitte|KPMG|Barclays|BBC|Arup|Skyscanner|Sainsbury's|Unilever|GSK|Wise",
    "|",
)
ROLES = _items(
    "Product Manager|Chief Nursing Information Officer|Staff Engineer|Head of Clinical Safety|"
    "UX Researcher|Data Scientist|Founder|Clinical Lead|VP Product|Nurse Practitioner|"
    "Engineering Manager|Design Lead|Operations Director|Health Economist|Software Engineer|"
    "Senior Accountant|Recruiter|Marketing Manager|Consultant|Account Executive|Ward Manager|"
    "Physiotherapist|Research Fellow|Head of Data|Electrician|Investment Analyst",
    "|",
)
INTERESTS = _items(
    "trail running|climbing|sourdough|chess|jazz|cycling|sailing|ceramics|board games|"
    "wild swimming|photography|gardening|Arsenal|poetry|birdwatching|Spanish|yoga|rowing|"
    "podcasts|woodwork|choir|hiking|baking|film|Tottenham|marathons|knitting|skiing|"
    "Formula 1|vintage synths|craft beer|salsa dancing|Japan|crosswords|dogs",
    "|",
)
TAGS = _items(
    "nhs mentor london product founder research health-tech ex-colleague investor design "
    "recruiter leeds manchester alumni conference"
)


def make_contact(rng: random.Random, number: int, dense: bool, stamp: datetime) -> Contact:
    """One generated connection; ``dense`` fills every field the user could type."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    handle = f"{first}.{last}{number}".lower()
    typed = dense or rng.random() < 0.02  # the few contacts the user wrote about
    contact = Contact(
        name=f"{first} {last}",
        emails=[f"{handle}@example.org"],
        company=rng.choice(COMPANIES),
        role=rng.choice(ROLES),
        location=f"{rng.choice(CITIES)}, UK",
        links=[f"https://www.linkedin.com/in/{handle}"],
        circle=rng.choice(list(Circle)),
        created_at=stamp,
        updated_at=stamp + timedelta(seconds=number),
    )
    if typed or rng.random() < 0.08:
        contact.interests = rng.sample(INTERESTS, rng.randint(2, 5))
        contact.tags = rng.sample(TAGS, 2)
    if typed:
        contact.how_we_met = sentence(rng)
        contact.background = paragraph(rng, 300, 700)
        contact.current_projects = sentence(rng)
        contact.achievements = sentence(rng)
    return contact


def _record(cls: type, doc: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in doc.items() if k in names})


def demo_people() -> tuple[Profile, dict[str, Contact], dict[str, list[Note]]]:
    """The demo profile, its nine contacts (referrals linked) and their notes."""
    data = json.loads(resource_path("demo", "demo.json").read_text(encoding="utf-8"))
    profile = _record(Profile, data["profile"])
    contacts: dict[str, Contact] = {}
    notes: dict[str, list[Note]] = {}
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    for doc in data["contacts"]:
        contact = _record(Contact, doc)
        contact.updated_at = stamp
        contacts[doc["key"]] = contact
    for doc in data["contacts"]:
        contact = contacts[doc["key"]]
        if contact.referred_by:
            contact.referred_by = contacts[contact.referred_by].id
        notes[doc["key"]] = [
            Note(
                contact_id=contact.id,
                date=date.fromisoformat(n["date"]),
                body=n["body"],
                kind=NoteKind(n["kind"]),
            )
            for n in doc.get("notes", [])
        ]
    return profile, contacts, notes


def agenda() -> list[AgendaPhase]:
    return [
        AgendaPhase("Great start", 2, ["Thank them"], BriefSection.HOOKS),
        AgendaPhase("Your overview", 2, ["Three sentences"], BriefSection.SUMMARY),
        AgendaPhase("Three insights", 12, ["View, how, advice"], BriefSection.QUESTIONS),
        AgendaPhase("Three contacts", 2, ["Three names"], BriefSection.REFERRALS),
        AgendaPhase("Great finish", 2, ["Offer something back"], BriefSection.OFFERS),
    ]


class Bench:
    def __init__(self, size: int, dense: bool, seed: int) -> None:
        rng = random.Random(seed)
        stamp = datetime(2025, 1, 1, tzinfo=UTC)
        self.profile, self.demo, self.notes = demo_people()
        generated = [make_contact(rng, n, dense, stamp) for n in range(size - len(self.demo))]
        self.everyone = [*self.demo.values(), *generated]
        data = json.loads(resource_path("taxonomy.json").read_text(encoding="utf-8"))
        self.taxonomy = Taxonomy.from_dict(data)
        # The brief service keeps one index for the app's lifetime; so does the benchmark.
        self.index = NetworkIndex(self.taxonomy)
        self.agenda = agenda()

    def build(self, key: str) -> float:
        """Seconds for one build against the whole network, as the brief service makes it."""
        contact = self.demo[key]
        network = self.everyone
        start = time.perf_counter()
        build_brief(
            self.profile,
            contact,
            self.notes[key],
            self.profile.current_goal,
            [],
            network,
            self.taxonomy,
            self.agenda,
            NOW,
            network_index=self.index,
        )
        return time.perf_counter() - start


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def run(size: int, dense: bool, seed: int, runs: int) -> None:
    kind = "dense" if dense else "linkedin"
    bench = Bench(size, dense, seed)
    typed = sum(1 for c in bench.everyone if c.current_projects or c.interests)
    print(f"network: {len(bench.everyone):,} contacts ({kind}; {typed:,} with typed fields)")
    first = bench.build("daniel")
    print(f"  first build, cold index (daniel)     {ms(first)}")
    warmed = Bench(size, dense, seed)
    started = time.perf_counter()
    warmed.index.warm(warmed.everyone)
    print(f"  reading ahead (a worker, at start)   {ms(time.perf_counter() - started)}")
    print(f"  first build after it (daniel)        {ms(warmed.build('daniel'))}")
    del warmed
    again = [bench.build("daniel") for _ in range(runs)]
    print(
        f"  rebuild (daniel), median of {runs:<2}       {ms(statistics.median(again))}"
        f"   max {ms(max(again))}"
    )
    others = [bench.build(DEMO_KEYS[i % len(DEMO_KEYS)]) for i in range(runs)]
    print(
        f"  build another demo contact, median    {ms(statistics.median(others))}"
        f"   max {ms(max(others))}"
    )


def prep(folder: Path, repeats: int) -> None:
    """Open "Prepare a meeting" on a data folder: the window's longest freeze, the brief."""
    import gc
    import os
    import shutil
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from scale_benchmark import StallMonitor, dataset, spin

    from netprep.composition import open_app
    from netprep.gui.prep.screen import PrepScreen
    from netprep.gui.shell.application import make_qt_app

    if folder.name.isdigit():  # a size: the data set scale_benchmark.py builds
        folder = dataset(Path(tempfile.gettempdir()) / "netprep-scale-bench", int(folder.name))
    work = Path(tempfile.mkdtemp()) / "data"
    shutil.copytree(folder, work, ignore=shutil.ignore_patterns("backups", ".netprep.lock"))
    app = open_app(work)
    gc.freeze()  # as the app does once its data is open
    qt_app = make_qt_app()
    started = time.perf_counter()
    screen = PrepScreen(app)
    screen.resize(1200, 800)
    screen.show()
    qt_app.processEvents()
    screen._builder.wait()  # the network read ahead (the app does it while you look around)
    print(
        f"{len(app.contacts.all()):,} contacts; prep screen + reading ahead "
        f"{ms(time.perf_counter() - started)}"
    )
    ids = sorted(c.id for c in app.contacts.all())
    built: list[float] = []
    screen.brief_built.connect(lambda: built.append(time.perf_counter()))
    monitor = StallMonitor()
    freezes, ready, afters, cpus = [], [], [], []
    for number in range(repeats + 1):
        built.clear()
        contact_id = ids[(number * 7919) % len(ids)]
        app.store.notes.where("contact_id", contact_id)  # as the contacts page has
        monitor.start()
        started, cpu = time.perf_counter(), time.process_time()
        screen.new(contact_id)
        spin(qt_app, lambda: bool(built))
        freeze = monitor.stop()
        shown = (built[0] if built else time.perf_counter()) - started
        monitor.start()
        end = time.perf_counter() + 0.3  # the user reads the brief: idle time
        while time.perf_counter() < end:
            qt_app.processEvents()
            time.sleep(0.002)
        after = monitor.stop()
        cpu = time.process_time() - cpu
        label = "first open (builds the picker)" if number == 0 else f"open {number}"
        print(
            f"  {label:<32} longest freeze {ms(freeze)}   brief shown after {ms(shown)}"
            f"   then {ms(after)}   CPU {ms(cpu)}"
        )
        if number:
            freezes.append(freeze)
            ready.append(shown)
            afters.append(after)
            cpus.append(cpu)
    print(
        f"  median of {repeats}: longest freeze {ms(statistics.median(freezes))}, "
        f"brief shown after {ms(statistics.median(ready))}, longest freeze after it "
        f"{ms(statistics.median(afters))}   (goals: 50 ms, 150 ms, 50 ms); "
        f"CPU {ms(statistics.median(cpus))}"
    )
    screen._builder.wait()
    app.close()
    shutil.rmtree(work.parent, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument(
        "--network", choices=["linkedin", "dense", "both"], default="both", help="see above"
    )
    parser.add_argument("--prep", type=Path, help="a data folder, or a size (see above)")
    args = parser.parse_args(argv)
    if args.prep is not None:
        prep(args.prep, min(args.runs, 8))
        return 0
    if args.network != "both":
        run(args.contacts, args.network == "dense", args.seed, args.runs)
        return 0
    for kind in ("linkedin", "dense"):  # each in a fresh process: a first build is a cold one
        options = ["--contacts", str(args.contacts), "--runs", str(args.runs)]
        options += ["--seed", str(args.seed), "--network", kind]
        subprocess.run([sys.executable, __file__, *options], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
