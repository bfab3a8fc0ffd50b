"""Update netprep's translation catalogs from the code, then compile them.

    .venv/bin/python tools/update_translations.py            # every resources/i18n/netprep_*.ts
    .venv/bin/python tools/update_translations.py --new fr   # start a French catalog
    .venv/bin/python tools/update_translations.py --check    # also fail on an unfinished entry

pyside6-lupdate reads every module under netprep/gui (``self.tr``, ``QCoreApplication.translate``
and ``QT_TRANSLATE_NOOP`` calls) into each ``.ts`` file: new strings come in as unfinished,
strings no longer in the code are dropped. What the services and the store tell the user is
written outside the GUI, as templates (``UserError("No contact called “{name}”.", name=…)``,
``Message("…")``): this first lists every such template, found in the code, in
netprep/gui/words/user_error_texts.py (context "UserError") for lupdate to read.
Translate the unfinished ones (pyside6-linguist, or any editor: fill ``<translation>`` and
remove ``type="unfinished"``), then run this again: pyside6-lrelease compiles each ``.ts``
into the ``.qm`` netprep loads. Commit both.
``netprep_en.ts`` holds only the plurals (``%n phase(s)`` as "1 phase", "2 phases").
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "netprep" / "gui"
CATALOGS = ROOT / "resources" / "i18n"
PACKAGE = ROOT / "netprep"
TEMPLATE_LIST = SOURCES / "words" / "user_error_texts.py"
#: Calls whose first argument is a template for the user (netprep.domain.message); a class
#: deriving from one of these (an error) is one too.
TEMPLATE_TAKERS = frozenset(
    {"UserError", "Message", "FileFormatError"}
    | {"AgendaError", "ClockError", "ReferralError", "OutcomeError", "SettingsError"}  # domain's
)
#: Calls whose first two arguments are words for the user: damage found in a data file
#: (where, why), said when it is set aside (netprep.store.quarantine.Problem).
TWO_TEMPLATES = frozenset({"Damage"})


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _takers(trees: list[ast.Module]) -> tuple[set[str], set[str]]:
    """(TEMPLATE_TAKERS and every class deriving from one, anywhere in the package; those of
    them called with a template: not a class whose own ``__init__`` takes something else
    first, such as ``CorruptFileError(path, reason, backup)``)."""
    takers = set(TEMPLATE_TAKERS)
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grown = True
    while grown:
        grown = False
        for cls in classes:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in cls.bases}
            if cls.name not in takers and bases & takers:
                takers.add(cls.name)
                grown = True
    called = set(takers)
    for cls in classes:
        for init in cls.body:
            if isinstance(init, ast.FunctionDef) and init.name == "__init__":
                first = [a.arg for a in init.args.posonlyargs + init.args.args][1:2]
                if cls.name in takers and first not in (["template"], ["message"]):
                    called.discard(cls.name)
    return takers, called


def template_calls(package: Path = PACKAGE) -> tuple[list[str], list[str]]:
    """(every template written outside netprep/gui, sorted; 'file:line' of each template
    written as an f-string, which no catalog can hold)."""
    files = [p for p in sorted(package.rglob("*.py")) if "gui" not in p.relative_to(package).parts]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in files]
    takers, called = _takers(trees)
    found: set[str] = set()
    wrong: list[str] = []
    for path, tree in zip(files, trees, strict=True):
        inside = {  # super().__init__(…) in an error class
            id(call)
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef) and cls.name in takers
            for call in ast.walk(cls)
            if isinstance(call, ast.Call) and _called(call) == "__init__"
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            if _called(node) in TWO_TEMPLATES:
                texts = node.args[:2]
            elif _called(node) in called or id(node) in inside:
                texts = node.args[:1]
            else:
                continue
            for text in texts:
                if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value:
                    found.add(text.value)
                elif isinstance(text, ast.JoinedStr):
                    wrong.append(f"{path.relative_to(package.parent)}:{node.lineno}")
    return sorted(found), wrong


def template_module(templates: list[str]) -> str:
    """The text of netprep/gui/words/user_error_texts.py for these templates."""
    lines = [
        "# ruff: noqa: E501",
        '"""Every template the services, the store and the field checks word a message with',
        "(netprep.domain.message), for pyside6-lupdate: netprep.gui.words.user_errors.said shows",
        "them in the user's language. Written by tools/update_translations.py from the code; do",
        'not edit (tests/gui/words/test_user_errors.py fails when it is stale)."""',
        "",
        "from __future__ import annotations",
        "",
        "from netprep.gui.words import QT_TRANSLATE_NOOP",
        "",
        "# fmt: off",
        "TEMPLATES = (",
        *(
            f'    QT_TRANSLATE_NOOP("UserError", {json.dumps(t, ensure_ascii=False)}),'
            for t in templates
        ),
        ")",
        "# fmt: on",
        "",
    ]
    return "\n".join(lines)


def write_template_list() -> None:
    templates, wrong = template_calls()
    if wrong:
        sys.exit(
            "a message written as an f-string (use a template and parameters): " + ", ".join(wrong)
        )
    text = template_module(templates)
    if not TEMPLATE_LIST.exists() or TEMPLATE_LIST.read_text(encoding="utf-8") != text:
        TEMPLATE_LIST.write_text(text, encoding="utf-8")


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
    write_template_list()
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
