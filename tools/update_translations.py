"""Update netprep's translation catalogs from the code, then compile them.

    .venv/bin/python tools/update_translations.py            # every resources/i18n/netprep_*.ts
    .venv/bin/python tools/update_translations.py --new fr   # start a French catalog
    .venv/bin/python tools/update_translations.py --check    # also fail on an unfinished entry

pyside6-lupdate reads every module under netprep/gui (``self.tr``, ``QCoreApplication.translate``
and ``QT_TRANSLATE_NOOP`` calls) into each ``.ts`` file: new strings come in as unfinished,
strings no longer in the code are dropped. Translate the unfinished ones (pyside6-linguist, or
any editor: fill ``<translation>`` and remove ``type="unfinished"``), then run this again:
pyside6-lrelease compiles each ``.ts`` into the ``.qm`` netprep loads. Commit both.
``netprep_en.ts`` holds only the plurals (``%n phase(s)`` as "1 phase", "2 phases").
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "netprep" / "gui"
CATALOGS = ROOT / "resources" / "i18n"


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv's), else on the PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6-Essentials into this Python's environment")
    return found


def unfinished(ts: Path) -> list[str]:
    """'Context: source' of every entry still waiting for its translation."""
    out = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                out.append(f"{name}: {message.findtext('source', '')}")
    return out


def update(ts: Path) -> None:
    language = ts.stem.removeprefix("netprep_")
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    # English is written in the code: its catalog holds only the plural forms.
    plurals = ["-pluralonly"] if language == "en" else []
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources,
            *plurals,
            "-no-obsolete",  # a string gone from the code leaves the catalog
            "-locations",
            "none",  # no line numbers: the file changes only when the words do
            "-target-language",
            language,
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        check=True,
        cwd=ROOT,
    )


def english_plurals(ts: Path) -> None:
    """Fill netprep_en's unfinished plurals written the usual way: "%n phase(s)" is "%n phase"
    for one and "%n phases" for more; a text without "(s)" ("%n picked") reads the same for
    both. Write an irregular one (a "child(ren)") as its two forms in the .ts by hand."""
    tree = ElementTree.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        irregular = re.search(r"\w\((?!s\))\w+\)", source)  # "child(ren)": for a person
        if translation is None or translation.get("type") != "unfinished" or irregular:
            continue
        forms = list(translation.iter("numerusform"))
        if len(forms) == 2:
            forms[0].text = source.replace("(s)", "")
            forms[1].text = source.replace("(s)", "s")
            del translation.attrib["type"]
            changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        update(ts)  # back in lupdate's own layout


def release(ts: Path) -> None:
    """Compile ``ts`` to its ``.qm`` beside it, written under another name and renamed into
    place: a running netprep maps the catalog it loaded, and a file rewritten in place
    under it ends that process (SIGBUS)."""
    qm = ts.with_suffix(".qm")
    fresh = qm.with_suffix(".qm.new")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, cwd=ROOT)
    fresh.replace(qm)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new", metavar="LANGUAGE", help="start a catalog (de, pt_BR, …)")
    parser.add_argument("--check", action="store_true", help="fail on unfinished entries")
    args = parser.parse_args(argv)
    if args.new:
        (CATALOGS / f"netprep_{args.new}.ts").touch()
    catalogs = sorted(CATALOGS.glob("netprep_*.ts"))
    if not catalogs:
        sys.exit(f"no catalog in {CATALOGS}: start one with --new de")
    waiting = 0
    for ts in catalogs:
        if ts.stat().st_size == 0:
            ts.unlink()  # lupdate writes a new file; it will not read an empty one
        update(ts)
        if ts.stem == "netprep_en":
            english_plurals(ts)
        release(ts)
        left = unfinished(ts)
        waiting += len(left)
        for entry in left:
            print(f"{ts.name}: unfinished: {entry}")
    return 1 if args.check and waiting else 0


if __name__ == "__main__":
    raise SystemExit(main())
