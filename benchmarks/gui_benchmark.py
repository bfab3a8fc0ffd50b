"""How the window behaves at LinkedIn scale: start, search as you type, save a contact.

Builds 30,000 contacts and 100,000 notes (the store benchmark's generator) in a
temporary folder, then times, offscreen:

- building the main window on the open store (what start-up adds to opening the data),
- one keystroke of contact search (the proxy filtering 30,000 rows),
- saving an edited contact from the form, until the list shows it again.

Run: .venv/bin/python benchmarks/gui_benchmark.py [--contacts N] [--notes N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_benchmark import make_contact, make_note

from netprep.composition import open_app
from netprep.gui.shell.application import make_qt_app
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.window_state import WindowState


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--notes", type=int, default=100_000)
    args = parser.parse_args(argv)
    rng = random.Random(7)
    folder = Path(tempfile.mkdtemp(prefix="netprep-gui-bench-"))
    app = open_app(folder)
    contacts = [make_contact(rng, n) for n in range(args.contacts)]
    app.store.contacts.save_many(contacts)
    ids = [c.id for c in contacts]
    app.store.notes.save_many(
        make_note(rng, rng.choice(ids), date(2024, 1, 1)) for _ in range(args.notes)
    )
    print(f"dataset: {args.contacts:,} contacts, {args.notes:,} notes")

    qt_app = make_qt_app()
    started = time.perf_counter()
    window = MainWindow(app, WindowState(folder / "window.ini"))
    window.show()
    qt_app.processEvents()
    print(f"main window built and shown      {ms(time.perf_counter() - started)}")

    page = window.contacts_page
    window.show_section("contacts")
    keystrokes = []
    for text in ("m", "ma", "mar", "mari", "maria", ""):
        started = time.perf_counter()
        page.search.setText(text)
        qt_app.processEvents()
        keystrokes.append(time.perf_counter() - started)
    print(
        f"search keystroke (median / max)  {ms(statistics.median(keystrokes))} / "
        f"{ms(max(keystrokes))}"
    )

    saves = []
    for number in range(5):
        page.select_contact(ids[(number * 997) % len(ids)])
        page.form.editor("role").setText(f"Role edited {number}")  # type: ignore[attr-defined]
        page._on_form_edited()
        started = time.perf_counter()
        assert page.save()
        qt_app.processEvents()
        saves.append(time.perf_counter() - started)
    print(
        f"save a contact from the form     {ms(statistics.median(saves))} median, "
        f"{ms(max(saves))} max"
    )
    window.close()
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
