"""Fixtures shared by the store tests: a manual clock and a store on either backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netprep.domain.clock import ManualClock
from netprep.store.database import Database
from netprep.store.store import Store


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


class Backend:
    """A store in memory or in a data folder; ``reopen`` reads the folder afresh."""

    def __init__(self, kind: str, folder: Path, clock: ManualClock) -> None:
        self.kind = kind
        self.folder = folder
        self.clock = clock
        self.store = self._open()

    def _open(self) -> Store:
        if self.kind == "memory":
            return Store(Database.in_memory(self.clock), self.clock)
        return Store(Database.open(self.folder, self.clock), self.clock)

    def reopen(self) -> Store:
        """On disk: close and open the folder again. In memory there is nothing to reopen."""
        if self.kind == "disk":
            self.store.close()
            self.store = self._open()
        return self.store

    def close(self) -> None:
        self.store.close()


@pytest.fixture(params=["memory", "disk"])
def backend(
    request: pytest.FixtureRequest, tmp_path: Path, clock: ManualClock
) -> Iterator[Backend]:
    made = Backend(request.param, tmp_path / "data", clock)
    yield made
    made.close()
