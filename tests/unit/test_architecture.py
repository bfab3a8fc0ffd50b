"""The layer rules of DESIGN.md, enforced: only gui/ touches Qt, domain/ stays pure Python,
and no part of netprep imports a layer above its own.

Every module is parsed (not imported) and every import is checked, including those inside
functions and ``importlib.import_module("...")`` calls with a literal name. A subprocess
then imports every non-GUI module and checks that Qt never got loaded. The checker is run
once on a copy of the package with a planted violation, to prove that it can fail.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.unit.layer_rules import (
    MAX_MODULE_LINES,
    MAX_MODULES_PER_FOLDER,
    crowded_folders,
    layer_violations,
    long_modules,
)

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "netprep"
QT = frozenset({"PySide6", "shiboken6"})
NOT_IN_DOMAIN = QT | {"tinydb", "jinja2", "markdown", "nh3", "orjson", "platformdirs"}


@dataclass(frozen=True)
class Rule:
    folder: str  # relative to netprep/, "" for the whole package
    forbidden: frozenset[str]
    exempt: str | None = None  # a sub-folder the rule does not cover

    def covers(self, module: Path) -> bool:
        relative = module.relative_to(PACKAGE).as_posix()
        inside = not self.folder or relative.startswith(self.folder + "/")
        return inside and not (self.exempt and relative.startswith(self.exempt + "/"))


RULES = [
    Rule("", QT, exempt="gui"),
    Rule("domain", frozenset(NOT_IN_DOMAIN)),
    Rule("store", QT),
    Rule("render", QT),
]


def imported_names(source: str) -> list[tuple[int, str]]:
    """(line, top-level package) of every absolute import anywhere in the module."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((node.lineno, first.value.split(".")[0]))
    return found


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in ("__import__", "import_module")
    return isinstance(func, ast.Attribute) and func.attr == "import_module"


def violations(module: Path, source: str) -> list[str]:
    found = []
    for line, name in imported_names(source):
        for rule in RULES:
            if rule.covers(module) and name in rule.forbidden:
                where = f"netprep/{rule.folder}/" if rule.folder else "outside netprep/gui/"
                found.append(f"{module.relative_to(REPO)}:{line} imports {name} ({where})")
    return sorted(set(found))


def all_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_layer_rules_hold_in_every_module() -> None:
    modules = all_modules()
    assert len(modules) > 30  # the walk found the package
    problems = [v for m in modules for v in violations(m, m.read_text(encoding="utf-8"))]
    assert problems == [], "layer rules broken:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "where,source,expected",
    [
        ("services/x.py", "import PySide6.QtWidgets", ["PySide6"]),
        ("cli.py", "def f():\n    from PySide6.QtGui import QGuiApplication", ["PySide6"]),
        ("store/x.py", "import shiboken6", ["shiboken6"]),
        ("render/x.py", "class A:\n    def m(self):\n        import PySide6", ["PySide6"]),
        ("domain/x.py", "from tinydb import TinyDB\nimport orjson as fast", ["orjson", "tinydb"]),
        ("domain/brief/x.py", "def f():\n    import markdown, nh3", ["markdown", "nh3"]),
        ("domain/x.py", "from platformdirs import user_data_dir", ["platformdirs"]),
        ("domain/x.py", "import importlib\nimportlib.import_module('jinja2')", ["jinja2"]),
        ("services/x.py", "__import__('PySide6.QtCore')", ["PySide6"]),
        ("gui/x.py", "from PySide6.QtWidgets import QWidget", []),
        ("store/x.py", "import orjson\nfrom tinydb import TinyDB", []),
        ("domain/x.py", "from .records import Contact\nimport json", []),
    ],
)
def test_the_checker_catches_violations(where: str, source: str, expected: list[str]) -> None:
    found = violations(PACKAGE / where, source)
    assert sorted({v.split(" imports ")[1].split(" ")[0] for v in found}) == expected


def non_gui_modules() -> list[str]:
    names = []
    for path in all_modules():
        parts = path.relative_to(REPO).with_suffix("").parts
        if "gui" in parts or parts[-1] == "__main__":  # __main__ runs the app when imported
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


@pytest.mark.slow
def test_importing_every_non_gui_module_does_not_load_qt() -> None:
    modules = non_gui_modules()
    assert {"netprep.cli", "netprep.composition", "netprep.store.database"} <= set(modules)
    script = (
        "import importlib, json, sys\n"
        "for name in json.loads(sys.argv[1]):\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(json.dumps(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(modules)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [], f"Qt loaded by importing {len(modules)} modules"


# -- netprep's own layers -------------------------------------------------------------


def test_no_module_imports_a_layer_above_its_own() -> None:
    problems = layer_violations(PACKAGE)
    assert problems == [], "imports running up the layers:\n" + "\n".join(problems)


def test_the_layer_check_fails_on_a_planted_violation(tmp_path: Path) -> None:
    """A copy of the real package with one forbidden import added must fail the check."""
    copy = tmp_path / "netprep"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert layer_violations(copy) == []
    planted = copy / "domain" / "meeting.py"
    planted.write_text(
        planted.read_text(encoding="utf-8")
        + "\nfrom netprep.services.meetings import MeetingService\n",
        encoding="utf-8",
    )
    assert [v.split(":")[0] for v in layer_violations(copy)] == ["netprep/domain/meeting.py"]


@pytest.mark.parametrize(
    "where,source,bad",
    [
        ("domain/x.py", "from netprep.store.database import Database", True),
        ("domain/brief/x.py", "def f():\n    import netprep.gui.shell", True),
        ("store/x.py", "from netprep.render import templates", True),
        ("render/x.py", "from netprep.store.errors import StoreError", True),
        ("render/x.py", "from netprep.services import errors", True),
        ("services/x.py", "from netprep.gui.prep.screen import PrepScreen", True),
        ("services/x.py", "from netprep.composition import App", True),
        ("services/x.py", "from netprep import cli", True),
        ("gui/x.py", "from netprep.cli import main", True),
        ("composition.py", "from netprep.gui.shell.application import run", True),
        ("services/x.py", "from netprep.store.store import Store", False),
        ("gui/x.py", "from netprep.composition import App", False),
        ("cli.py", "from netprep.gui.shell.application import run", False),
        ("domain/x.py", "from netprep.domain.clock import Clock", False),
        ("domain/x.py", "import json", False),
    ],
)
def test_the_layer_check_knows_each_layer(where: str, source: str, bad: bool) -> None:
    package = Path("/nowhere/netprep")
    assert bool(layer_violations(package, {package / where: source})) is bad


def test_modules_stay_small() -> None:
    assert long_modules(PACKAGE) == [], f"modules over {MAX_MODULE_LINES} lines"


def test_folders_stay_rooms() -> None:
    assert crowded_folders(PACKAGE) == [], f"folders over {MAX_MODULES_PER_FOLDER} modules"
