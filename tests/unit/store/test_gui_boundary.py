"""The GUI talks to services only: it never imports netprep.store nor reaches into app.store
(store errors reach it as the one error type services raise, UserError)."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[3] / "netprep" / "gui"


def store_uses(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            names = []
        store_attribute = isinstance(node, ast.Attribute) and node.attr == "store"
        if store_attribute or any(n.startswith("netprep.store") for n in names):
            lines.append(getattr(node, "lineno", 0))  # imports; app.store, self._app.store
    return lines


def test_the_gui_never_touches_the_store() -> None:
    found = {
        str(path.relative_to(GUI)): uses
        for path in sorted(GUI.rglob("*.py"))
        if (uses := store_uses(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_check_can_fail() -> None:
    planted = "from netprep.store.errors import StoreError\nx = self.app.store.notes\n"
    assert store_uses(planted) == [1, 2]
