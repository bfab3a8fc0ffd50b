"""The store hands memory freed while opening back to the system (opening/freed_memory.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from netprep.domain.clock import ManualClock
from netprep.store import store as store_module
from netprep.store.database import Database
from netprep.store.opening.freed_memory import return_freed_memory
from netprep.store.store import Store


def test_opening_a_folder_returns_what_it_freed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(store_module, "return_freed_memory", lambda: calls.append(True))
    clock = ManualClock()
    Store(Database.open(tmp_path, clock), clock).close()
    assert calls == [True]


def test_it_is_harmless_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    assert return_freed_memory() is sys.platform.startswith("linux")
    monkeypatch.setattr(sys, "platform", "win32")
    assert return_freed_memory() is False
