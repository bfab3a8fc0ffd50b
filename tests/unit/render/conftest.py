"""Fixtures for the render tests: a realistic brief and its meeting context."""

from __future__ import annotations

import pytest
from render_helpers import make_brief, make_context

from netprep.domain.brief.model import Brief
from netprep.render.brief_view import BriefContext


@pytest.fixture
def brief() -> Brief:
    return make_brief()


@pytest.fixture
def context() -> BriefContext:
    return make_context()
