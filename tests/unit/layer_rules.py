"""netprep's own layers, as DESIGN.md draws them, and a checker that reads imports from source.

    domain  <  store, render  <  services  <  composition  <  gui  <  cli

A module may import its own layer and those below it, never one above, and store and render
(side by side) never import each other. ``resources`` is a leaf anyone may use.
"""

from __future__ import annotations

import ast
from pathlib import Path

MAX_MODULE_LINES = 400
MAX_MODULES_PER_FOLDER = 15

#: Each top-level part of netprep and its rank; a module may import only ranks <= its own.
RANK = {
    "resources": 0,
    "domain": 1,
    "store": 2,
    "render": 2,
    "services": 3,
    "composition": 4,
    "demo_folder": 4,
    "gui": 5,
    "cli": 6,
    "cli_brief": 6,
    "__main__": 7,
    "__init__": 0,
}


def layer_of(relative: Path) -> str:
    """The layer of a module given its path inside the package (``domain/brief/x.py``)."""
    first = relative.parts[0]
    if len(relative.parts) == 1:
        stem = relative.stem
        return stem if stem in RANK else ("cli" if stem.startswith("cli") else stem)
    return first


def _is_part(name: str) -> bool:
    return name in RANK or name.startswith("cli")


def _rank(layer: str) -> int:
    if layer.startswith("cli"):
        return RANK["cli"]
    return RANK.get(layer, RANK["cli"])


def netprep_imports(source: str) -> list[tuple[int, str]]:
    """(line, layer) of every ``netprep.<layer>`` import anywhere in the module."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif node.level == 0 and node.module:
            if node.module == "netprep":  # a module, or a name from netprep/__init__.py
                names = [
                    f"netprep.{a.name}" if _is_part(a.name) else "netprep.__init__"
                    for a in node.names
                ]
            else:
                names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "netprep" and len(parts) > 1:
                found.append((node.lineno, parts[1]))
    return found


def layer_violations(package: Path, sources: dict[Path, str] | None = None) -> list[str]:
    """Every import that runs up the layers, as ``netprep/<path>:<line> imports <layer>``."""
    if sources is None:
        sources = {
            p: p.read_text(encoding="utf-8")
            for p in sorted(package.rglob("*.py"))
            if "__pycache__" not in p.parts
        }
    problems = []
    for module, source in sources.items():
        relative = module.relative_to(package)
        layer = layer_of(relative)
        for line, target in netprep_imports(source):
            sideways = {layer, target} == {"store", "render"}
            if sideways or _rank(target) > _rank(layer):
                problems.append(f"netprep/{relative.as_posix()}:{line} imports {target} ({layer})")
    return sorted(problems)


def long_modules(package: Path) -> list[str]:
    out = []
    for path in sorted(package.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_MODULE_LINES:
            out.append(f"{path.relative_to(package).as_posix()} ({lines} lines)")
    return out


def crowded_folders(package: Path) -> list[str]:
    out = []
    for folder in sorted({package, *(p for p in package.rglob("*") if p.is_dir())}):
        if "__pycache__" in folder.parts:
            continue
        count = len(list(folder.glob("*.py")))
        if count > MAX_MODULES_PER_FOLDER:
            out.append(f"{folder.relative_to(package.parent).as_posix()} ({count} modules)")
    return out
