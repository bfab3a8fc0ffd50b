"""Today and the Review page call each person the same thing: overdue past the longest gap,
due past the ideal (Today said "Grace Adeyemi … 43 days overdue" where the review said
"Due": it counted days past the ideal as overdue)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock
from netprep.gui.shell.main_window import MainWindow
from netprep.resources import resource_path
from netprep.services.seed import load_seed_file, seed_store
from tests.gui.helpers import make_window

FRIDAY = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


@pytest.fixture
def review_app(tmp_path: Path) -> Iterator[App]:
    clock = ManualClock(FRIDAY)
    app = open_app(tmp_path / "data", clock)
    seed_store(app.store, load_seed_file(resource_path("demo", "demo.json")), clock)
    yield app
    app.close()


def today_rows(window: MainWindow) -> dict[str, str]:
    shown = window.today_page.due_list
    rows = [shown.item(row).text() for row in range(shown.count())]
    return {row.split("  —  ")[0]: row.split("\n")[1] for row in rows}


def review_states(window: MainWindow) -> dict[str, tuple[str, str]]:
    tree = window.review_page.candidates.tree
    items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    return {i.text(0): (i.text(1), i.toolTip(1)) for i in items if i is not None}


def test_today_and_the_review_agree_on_who_is_overdue(
    qtbot: QtBot, review_app: App, tmp_path: Path
) -> None:
    window = make_window(qtbot, review_app, tmp_path)
    today = today_rows(window)
    window.show_section("review")
    review = review_states(window)

    assert review["Grace Adeyemi"][0] == "Due"
    grace = today["Grace Adeyemi"]
    assert "overdue" not in grace
    assert grace == "last contacted 24 Jul, due since 22 Oct"  # 90 days (collaborated)
    assert review["Kwame Boateng"][0] == "Overdue"
    assert today["Kwame Boateng"] == "last contacted 25 Aug, overdue since 10 Oct"  # 45 days
    for name, line in today.items():  # everyone on both pages: the same state, same words
        state, words = review[name]
        assert ("overdue" in line) is (state == "Overdue"), (name, line, state)
        assert line.endswith(f", {words}") and words.startswith(state.lower()), (name, words)
    # Overdue first on Today as in the review, though Grace is more days past her ideal.
    names = list(today)
    assert names.index("Sofia Marchetti") < names.index("Grace Adeyemi")
