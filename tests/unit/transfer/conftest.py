"""Transfer tests: an app on a temporary data folder with a ManualClock, and the fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock

FIXTURES = Path(__file__).parents[2] / "fixtures" / "transfer"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))


@pytest.fixture
def app(tmp_path: Path, clock: ManualClock) -> Iterator[App]:
    opened = open_app(tmp_path / "data", clock)
    yield opened
    opened.close()


def fixture(name: str) -> Path:
    return FIXTURES / name
