"""Every GUI module's words go through the translation catalog: a user-facing string literal
passed to a label, a button, a title, a tooltip or a message box without self.tr /
QCoreApplication.translate fails here (and so would never reach a translator's catalog). Every
module under netprep/gui is checked, a new one by default; NOT_YET names the exceptions."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import netprep.gui

GUI = Path(netprep.gui.__file__).parent

#: Modules not wrapped yet, each with why. Every other module under netprep/gui is checked, a
#: new one too; a module listed here that passes fails ``test_not_yet_is_still_needed``.
NOT_YET: dict[str, str] = {}
MODULES = sorted(p.relative_to(GUI).as_posix() for p in GUI.rglob("*.py"))
NAMES = {"netprep"}  # the product's name is the same in every language

#: Methods and classes whose text arguments a user reads.
TEXT_SETTERS = {
    "setText",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setHeaderLabels",
    "setHeaderLabel",
    "addTab",
    "insertTab",
    "setTabText",
    "showMessage",
    "addRow",
    "addAction",
    "addMenu",
    "setInformativeText",
    "setDetailedText",
    "emit",  # a status_message: shown in the status bar
    "empty_state",  # netprep.gui.widgets.empty_state: a page's words before a choice
    "muted_note",
}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction"}
MESSAGE_BOXES = {"warning", "question", "information", "critical", "about"}


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _literal_text(node: ast.AST) -> str | None:
    """The text of a user-facing literal (a plain or f-string with letters), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        words = any(c.isalpha() for c in node.value) and node.value not in NAMES
        return node.value if words else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        text = re.sub(r"<[^>]*>", "", "".join(str(p) for p in parts))  # markup is no words
        return ast.unparse(node) if any(c.isalpha() for c in text) else None
    if isinstance(node, ast.BinOp):  # "a" + "b"
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return next((t for t in map(_literal_text, node.elts) if t), None)
    if isinstance(node, ast.IfExp):  # "a" if x else "b"
        return _literal_text(node.body) or _literal_text(node.orelse)
    return None


def _is_name(node: ast.AST) -> bool:
    """An object name ("mutedLabel"), not words."""
    if isinstance(node, ast.IfExp):
        return _is_name(node.body) and _is_name(node.orelse)
    return isinstance(node, ast.Constant) and str(node.value).isidentifier()


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def unwrapped(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        words = node.args[1] if len(node.args) > 1 else None
        if name == "translate" and words and _is_literal(words):
            if not _is_literal(node.args[0]):
                found.append(f"line {node.lineno}: translate() with a context lupdate cannot read")
            elif len(node.args) > 3 or any(k.arg == "n" for k in node.keywords):
                found.append(  # lupdate marks only self.tr(…, "", n) as a plural
                    f"line {node.lineno}: a plural in translate(): use self.tr in a QObject"
                )
            continue
        bare = isinstance(node.func, ast.Name) and name in ("tr", "_tr", "_")
        if bare and node.args and _is_literal(node.args[0]):  # a wrapper: lupdate misreads it
            found.append(f"line {node.lineno}: {name}() is not self.tr: use self.tr or translate")
            continue
        if name in TEXT_SETTERS or name in TEXT_WIDGETS:
            arguments = list(node.args)
        elif name.lower().endswith("label"):  # plain_label("What to do now", "mutedLabel")
            arguments = [a for a in node.args if not _is_name(a)]
        elif name in MESSAGE_BOXES and isinstance(node.func, ast.Attribute):
            arguments = list(node.args[1:3])  # (parent, title, text, ...)
        else:
            continue
        for argument in arguments:
            text = _literal_text(argument)
            if text is not None:
                found.append(f"line {node.lineno}: {name}({text!r})")
    return found


@pytest.mark.parametrize("module", [m for m in MODULES if m not in NOT_YET])
def test_every_user_facing_string_is_wrapped(module: str) -> None:
    assert unwrapped((GUI / module).read_text(encoding="utf-8")) == []


def test_not_yet_is_still_needed() -> None:
    wrapped_now = [m for m in NOT_YET if not unwrapped((GUI / m).read_text(encoding="utf-8"))]
    assert wrapped_now == [], "wrapped now: take them off NOT_YET"


def test_every_module_is_checked() -> None:
    """A new module is checked without being listed anywhere."""
    assert "meeting_window/window.py" in MODULES and "words/labels.py" in MODULES
    assert len(MODULES) == len(list(GUI.rglob("*.py")))


def test_the_check_finds_what_it_should() -> None:
    planted = """
label = QLabel("Hello")
button.setText(f"Delete {name}")
QMessageBox.warning(self, "Not saved", str(error))
tree.setHeaderLabels(["Name", "Status"])
fine = QLabel(self.tr("Hello"))
also_fine = QLabel(QCoreApplication.translate("Page", "Hello"))
no_words = QLabel("—")
caption.setText("over" if late else "left")
title = plain_label("What to do now", "sectionHeading")
hidden = QCoreApplication.translate(CONTEXT, "lupdate cannot see this")
count = QCoreApplication.translate("Page", "%n note(s)", "", n)
empty = _tr("(empty note)")
"""
    assert len(unwrapped(planted)) == 9
