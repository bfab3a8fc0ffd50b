"""The brief engine and the template engine are built when first used (or warmed up after
the window shows), once, whichever thread asks first: opening the data builds neither."""

from __future__ import annotations

import threading
from pathlib import Path

from netprep.composition import Lazy, memory_app, open_app
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact


def test_opening_the_data_builds_neither_the_briefs_nor_the_export(tmp_path: Path) -> None:
    app = open_app(tmp_path / "data", ManualClock())
    try:
        assert not app.lazy_briefs.built and not app.lazy_brief_export.built
        contact = app.contacts.save(Contact(name="Ana Ruiz"))
        meeting = app.meetings.meet_now(contact.id)  # a meeting's brief builds them on use
        assert meeting.brief is not None and app.lazy_briefs.built
        assert app.briefs is app.briefs
        app.warm_up()
        assert app.lazy_brief_export.built
    finally:
        app.close()


def test_a_lazy_service_is_built_once_when_threads_ask_at_the_same_time() -> None:
    made: list[int] = []
    started = threading.Event()

    def make() -> int:
        started.wait(5)
        made.append(1)
        return 42

    lazy = Lazy(make)
    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(lazy.get())) for _ in range(4)]
    for thread in threads:
        thread.start()
    started.set()
    for thread in threads:
        thread.join(5)
    assert results == [42, 42, 42, 42] and made == [1] and lazy.built


def test_warming_up_builds_both_and_compiles_the_brief_template() -> None:
    app = memory_app(ManualClock())
    app.warm_up()
    assert app.lazy_briefs.built and app.lazy_brief_export.built
    assert app.brief_export.renders == 1  # the first brief shown renders without compiling
