"""How fast 30,000 LinkedIn connections import (issue 12: "in seconds, not minutes").

Run ``.venv/bin/python benchmarks/import_benchmark.py [--rows N]``. It writes a
Connections.csv the way LinkedIn does (preamble, mostly empty emails, a few people who
left), then times, in a temporary data folder:

- the floor: a plain ``csv.DictReader`` pass over the same file (no checking at all);
- the preview: decode, find the header, normalise every row, match duplicates;
- the write: the confirmed import, one durable write;
- a re-import of the same file against the 30,000 now stored (every row a duplicate).

Each figure is printed as wall-clock and CPU seconds, and as the ratio of its CPU time to
the floor's measured in the same run, so that a slower or busier machine shifts both
alike. The budget is 5 s (wall clock) for preview + write.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from netprep.composition import open_app
from netprep.domain.clock import ManualClock

BUDGET_SECONDS = 5.0
T = TypeVar("T")
FIRST = [
    "Aoife",
    "Grace",
    "Daniel",
    "Rahul",
    "Tomasz",
    "Sofia",
    "Kwame",
    "Elena",
    "Jonas",
    "Hiroshi",
    "Amara",
    "Liam",
    "Priya",
    "Mateo",
    "Ingrid",
    "Yusuf",
    "Chloé",
    "Dmitri",
    "Fatima",
    "Oscar",
    "Mei",
    "Lucas",
    "Zainab",
    "Henrik",
    "Isabela",
    "Kofi",
    "Nadia",
    "Pierre",
    "Ananya",
    "Felix",
    "Leila",
    "Samuel",
    "Inès",
    "Tariq",
    "Freya",
    "Diego",
    "Hana",
    "Emeka",
    "Saoirse",
    "Viktor",
]
LAST = [
    "Murphy",
    "Chen",
    "Okafor",
    "Novak",
    "Rossi",
    "Sato",
    "Haddad",
    "Berg",
    "Silva",
    "Kowalski",
    "Dubois",
    "Müller",
    "Patel",
    "Kim",
    "Andersen",
    "García",
    "Nakamura",
    "Mensah",
    "O'Brien",
    "Ivanova",
    "Costa",
    "Lindqvist",
    "Yilmaz",
    "Fischer",
    "Nguyen",
    "Schmidt",
    "Moreau",
    "Kaur",
    "Tanaka",
    "Ochieng",
    "Santos",
    "Weiß",
    "Petrov",
    "Jansen",
    "Singh",
    "Romano",
    "Walsh",
    "Ahmed",
]
COMPANIES = "Acme Corp;Globex;Initech;Umbrella;Stark Industries;Wayne Enterprises;Météo-France"
ROLES = "Head of Data;Staff Engineer;Product Manager;Designer;CTO;Recruiter;Researcher"
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()  # noqa: SIM905


def linkedin_file(path: Path, rows: int, seed: int = 12) -> None:
    rng = random.Random(seed)
    out = io.StringIO(newline="")
    out.write("Notes:\r\n")
    out.write(
        '"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."\r\n\r\n'
    )
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    )
    companies, roles = COMPANIES.split(";"), ROLES.split(";")
    for number in range(rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if rng.random() < 0.01:  # someone who left LinkedIn
            writer.writerow(["", "", "https://www.linkedin.com/in/", "", "", "", "1 Jan 2020"])
            continue
        slug = f"{first}-{last}-{number:05d}".casefold()
        email = f"{slug}@example.org" if rng.random() < 0.1 else ""
        when = f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} {rng.randint(2008, 2025)}"
        writer.writerow(
            [
                first,
                last,
                f"https://www.linkedin.com/in/{slug}",
                email,
                rng.choice(companies),
                rng.choice(roles),
                when,
            ]
        )
    path.write_text(out.getvalue(), encoding="utf-8")


def timed(label: str, floor: float | None, action: Callable[[], T]) -> tuple[float, float, T]:
    """Run ``action``; print wall-clock seconds, CPU seconds (what other busy processes on
    the machine inflate less) and the CPU ratio to the floor's. Returns wall, CPU, result."""
    start, cpu_start = time.perf_counter(), time.process_time()
    result = action()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    ratio = f"  ({cpu / floor:5.1f} x the plain csv parse)" if floor else ""
    print(f"{label:<40} {seconds:7.3f} s wall {cpu:7.3f} s cpu{ratio}")
    return seconds, cpu, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=30_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="netprep-import-bench-") as tmp:
        folder = Path(tmp)
        source = folder / "Connections.csv"
        linkedin_file(source, args.rows)
        print(f"{args.rows:,} LinkedIn rows ({source.stat().st_size / 1e6:.1f} MB)")

        def plain_parse() -> int:
            text = source.read_text(encoding="utf-8")
            lines = text.splitlines(keepends=True)[3:]
            return sum(1 for _ in csv.DictReader(lines))

        _, floor, _ = timed("floor: plain csv.DictReader of the file", None, plain_parse)
        app = open_app(folder / "data", ManualClock())
        try:
            preview_s, preview_cpu, preview = timed(
                "preview (read, normalise, match)", floor, lambda: app.transfer.preview(source)
            )
            write_s, write_cpu, result = timed(
                "import (one durable write)", floor, lambda: app.transfer.apply(preview)
            )
            print(f"  {result}")
            timed("re-import preview (all duplicates)", floor, lambda: app.transfer.preview(source))
        finally:
            app.close()
        total, cpu = preview_s + write_s, preview_cpu + write_cpu
        verdict = "within" if total <= BUDGET_SECONDS else "OVER"
        print(
            f"{'preview + import':<40} {total:7.3f} s wall {cpu:7.3f} s cpu "
            f"({cpu / floor:5.1f} x the floor; wall time {verdict} the "
            f"{BUDGET_SECONDS:.0f} s budget)"
        )
        return 0 if total <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
