"""Imports after Qt's: shiboken asks of each new module whether it uses PySide6 (it read the
module's source through inspect, ~100 ms of start-up); the quick check answers the same."""

from __future__ import annotations

import importlib
import subprocess
import sys
from types import ModuleType

import pytest

from netprep.gui import import_check

MODULES = (
    "netprep.gui.today.page",  # uses PySide6
    "netprep.gui",  # a package whose __init__ names PySide6
    "netprep.domain.records",  # does not
    "json",  # the standard library, from a .py file
    "sys",  # builtin
    "orjson",  # an extension module
)


def feature() -> ModuleType:
    return sys.modules[import_check.FEATURE_MODULE]


def test_the_gui_package_installs_it_before_its_first_module() -> None:
    script = (
        "import sys, netprep.gui\n"
        "check = getattr(sys.modules['shibokensupport.feature'], '_mod_uses_pyside')\n"
        "print(getattr(check, 'quick', False), [m for m in sys.modules if m.startswith("
        "'netprep.gui.')])"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.split(" ", 1) == ["True", "['netprep.gui.import_check']\n"], done.stderr


@pytest.mark.parametrize("name", MODULES)
def test_it_answers_as_shiboken_does(name: str) -> None:
    check = getattr(feature(), import_check.CHECK)
    original = getattr(check, "__wrapped__", check)
    module = importlib.import_module(name)
    assert import_check.quick_check(original)(module) is original(module)


def test_installing_twice_wraps_once(monkeypatch: pytest.MonkeyPatch) -> None:
    assert import_check.quicken_pyside_import_check()
    installed = getattr(feature(), import_check.CHECK)
    assert import_check.quicken_pyside_import_check()
    assert getattr(feature(), import_check.CHECK) is installed


def test_without_shiboken_s_check_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(feature(), import_check.CHECK)
    assert not import_check.quicken_pyside_import_check()
    assert not hasattr(feature(), import_check.CHECK)
