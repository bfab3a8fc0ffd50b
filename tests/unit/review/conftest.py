"""A demo app at a fixed moment: Friday 4 December 2026, 10:00 UTC (a review day)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from netprep.composition import App, memory_app
from netprep.domain.clock import ManualClock
from netprep.resources import resource_path
from netprep.services.seed import load_seed_file, seed_store

FRIDAY = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(FRIDAY)


@pytest.fixture
def demo(clock: ManualClock) -> Iterator[App]:
    app = memory_app(clock)
    seed_store(app.store, load_seed_file(resource_path("demo", "demo.json")), clock)
    yield app
    app.close()
