"""`netprep --demo` copies the day's seeded demo from the cache: seeded once a day (and when
the code or data change), the same records as seeding in place, never a stale day, and
seeded in place when the cache cannot be used."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from netprep import demo_folder
from netprep.composition import App, open_app
from netprep.demo_folder import STALE_BUILD_SECONDS, fill_demo
from netprep.domain.clock import ManualClock

MORNING = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def seeds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each folder the demo was seeded into (the copies are not seeded)."""
    seeded: list[Path] = []
    real = demo_folder._seed

    def counting(folder: Path, clock: ManualClock) -> None:
        seeded.append(folder)
        real(folder, clock)

    monkeypatch.setattr(demo_folder, "_seed", counting)
    return seeded


def what_it_holds(folder: Path, clock: ManualClock) -> tuple[int, int, list[str], int]:
    app: App = open_app(folder, clock)
    try:
        upcoming = app.meetings.upcoming()
        return (
            len(app.contacts.all()),
            len(upcoming),
            [m.when.date().isoformat() for m in upcoming if m.when is not None],
            len(app.store.notes),
        )
    finally:
        app.close()


def test_the_second_demo_of_the_day_is_a_copy_of_the_first_seeding(
    tmp_path: Path, seeds: list[Path]
) -> None:
    clock = ManualClock(MORNING)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    fill_demo(first, clock, cache=tmp_path / "cache")
    clock.advance(3600)
    fill_demo(second, clock, cache=tmp_path / "cache")
    assert len(seeds) == 1 and seeds[0].parent == tmp_path / "cache" / "demo"
    held = what_it_holds(second, clock)
    assert held == what_it_holds(first, clock)
    contacts, upcoming, dates, notes = held
    assert contacts == 11 and upcoming == 2 and notes > 0
    assert all(day >= "2026-12-02" for day in dates)


def test_the_copy_holds_what_seeding_in_place_gives(tmp_path: Path) -> None:
    clock = ManualClock(MORNING)
    copied, seeded = tmp_path / "copied", tmp_path / "seeded"
    copied.mkdir()
    fill_demo(copied, clock, cache=tmp_path / "cache")
    demo_folder._seed(seeded, clock)
    assert what_it_holds(copied, clock) == what_it_holds(seeded, clock)


def test_a_new_day_seeds_afresh_with_its_dates_and_sweeps_the_old_day(
    tmp_path: Path, seeds: list[Path]
) -> None:
    clock = ManualClock(MORNING)
    cache = tmp_path / "cache"
    fill_demo(tmp_path / "monday", clock, cache=cache)
    _, _, monday_dates, _ = what_it_holds(tmp_path / "monday", clock)
    clock.set_now(MORNING + timedelta(days=1))
    fill_demo(tmp_path / "tuesday", clock, cache=cache)
    assert len(seeds) == 2
    _, _, tuesday_dates, _ = what_it_holds(tmp_path / "tuesday", clock)
    shifted = [
        (datetime.fromisoformat(day) + timedelta(days=1)).date().isoformat() for day in monday_dates
    ]
    assert tuesday_dates == shifted  # the meeting "tomorrow" is still tomorrow
    assert [p.name[:10] for p in (cache / "demo").iterdir()] == ["2026-12-03"]


def test_a_change_to_the_code_or_data_seeds_afresh(
    tmp_path: Path, seeds: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = ManualClock(MORNING)
    fill_demo(tmp_path / "before", clock, cache=tmp_path / "cache")
    monkeypatch.setattr(demo_folder, "_code_and_data_digest", lambda: "edited")
    fill_demo(tmp_path / "after", clock, cache=tmp_path / "cache")
    assert len(seeds) == 2


def test_the_digest_follows_the_code_the_resources_and_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package, resources = tmp_path / "netprep", tmp_path / "resources"
    (package / "services").mkdir(parents=True)
    (resources / "demo").mkdir(parents=True)
    seed_code, demo_data = package / "services" / "seed.py", resources / "demo" / "demo.json"
    seed_code.write_text("x = 1")
    demo_data.write_text("{}")
    monkeypatch.setattr(demo_folder, "_PACKAGE", package)
    monkeypatch.setattr(demo_folder, "resources_dir", lambda: resources)
    seen = {demo_folder._code_and_data_digest()}
    assert demo_folder._code_and_data_digest() in seen  # the same files: the same digest
    for changed in (seed_code, demo_data):
        info = changed.stat()
        os.utime(changed, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
        seen.add(demo_folder._code_and_data_digest())
    monkeypatch.setattr(demo_folder, "__version__", "9.9.9")
    seen.add(demo_folder._code_and_data_digest())
    assert len(seen) == 4
    moved = tmp_path / "elsewhere"  # another install of the same files: the same day
    moved.mkdir()
    for folder in (package, resources):
        for path, _dirs, files in os.walk(folder):
            for name in files:
                info = os.stat(os.path.join(path, name))
                target = moved / os.path.relpath(os.path.join(path, name), tmp_path)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(Path(path, name).read_bytes())
                os.utime(target, ns=(info.st_atime_ns, info.st_mtime_ns))
    digest = demo_folder._code_and_data_digest()
    monkeypatch.setattr(demo_folder, "_PACKAGE", moved / "netprep")
    monkeypatch.setattr(demo_folder, "resources_dir", lambda: moved / "resources")
    assert demo_folder._code_and_data_digest() == digest


def test_an_unusable_cache_seeds_the_launch_folder_in_place(
    tmp_path: Path, seeds: list[Path]
) -> None:
    clock = ManualClock(MORNING)
    cache = tmp_path / "cache"
    cache.write_text("a file where the cache folder should be")
    folder = tmp_path / "demo"
    folder.mkdir()
    fill_demo(folder, clock, cache=cache)
    assert seeds == [folder]
    assert what_it_holds(folder, clock)[:2] == (11, 2)


def test_a_copy_that_fails_half_way_is_cleared_before_seeding_in_place(
    tmp_path: Path, seeds: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = ManualClock(MORNING)
    folder = tmp_path / "demo"
    folder.mkdir()

    def half_a_copy(source: Path, target: Path, **_: object) -> None:
        (target / "contacts.json").write_text("{ half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(demo_folder.shutil, "copytree", half_a_copy)
    fill_demo(folder, clock, cache=tmp_path / "cache")
    assert seeds[-1] == folder
    assert what_it_holds(folder, clock)[:2] == (11, 2)


def test_the_sweep_takes_old_days_and_crashed_builds_and_nothing_else(tmp_path: Path) -> None:
    clock = ManualClock(MORNING)
    root = tmp_path / "cache" / "demo"
    root.mkdir(parents=True)
    long_ago = time.time() - STALE_BUILD_SECONDS - 60
    for name in (
        ".building-crashed",
        ".building-running",
        "2026-11-30-0123456789abcdef",  # an old day
        "2026-12-02-fedcba9876543210",  # today, another install's: in use
        "2026-12-02-aaaaaaaaaaaaaaaa",  # today, another install's: untouched for long
        "my-project",  # not netprep's: NETPREP_CACHE_DIR may point anywhere
    ):
        (root / name).mkdir()
        (root / name / "kept.txt").write_text("x")
    for name in (".building-crashed", "2026-12-02-aaaaaaaaaaaaaaaa"):
        os.utime(root / name, (long_ago, long_ago))
    fill_demo(tmp_path / "demo", clock, cache=tmp_path / "cache")
    left = sorted(p.name for p in root.iterdir())
    assert ".building-running" in left and "2026-12-02-fedcba9876543210" in left
    assert (root / "my-project" / "kept.txt").exists()
    for gone in (".building-crashed", "2026-11-30-0123456789abcdef", "2026-12-02-aaaaaaaaaaaaaaaa"):
        assert gone not in left
    today = [n for n in left if n.startswith("2026-12-02-") and "fedcba" not in n]
    assert len(today) == 1 and today[0] == f"2026-12-02-{demo_folder._code_and_data_digest()}"


@pytest.mark.parametrize("damage", ["removed", "broken", "manifest"])
def test_a_damaged_day_in_the_cache_is_dropped_and_the_demo_seeded_in_place(
    tmp_path: Path, seeds: list[Path], damage: str
) -> None:
    clock = ManualClock(MORNING)
    cache = tmp_path / "cache"
    fill_demo(tmp_path / "first", clock, cache=cache)
    (day,) = (cache / "demo").iterdir()
    if damage == "removed":  # e.g. another install's sweep took it while this one copied
        (day / "contacts.json").unlink()
    elif damage == "broken":
        (day / "meetings.json").write_text('{"broken')
    else:
        (day / demo_folder.MANIFEST).write_text("not json")
    folder = tmp_path / "demo"
    folder.mkdir()
    fill_demo(folder, clock, cache=cache)
    assert seeds[-1] == folder
    assert what_it_holds(folder, clock)[:2] == (11, 2)
    assert not day.exists()  # the next launch seeds the day afresh
    fill_demo(tmp_path / "next", clock, cache=cache)
    assert seeds[-1].parent == cache / "demo"
    assert what_it_holds(tmp_path / "next", clock)[:2] == (11, 2)


def test_a_launch_that_loses_the_race_uses_the_winners_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two demos started at once both seed; the second to finish keeps the first's folder."""
    clock = ManualClock(MORNING)
    root = tmp_path / "cache" / "demo"
    real = demo_folder._seed
    raced: list[Path] = []  # the other launch's day

    def seed_while_another_finishes(folder: Path, clock: ManualClock) -> None:
        real(folder, clock)
        if not raced:  # the other launch seeds and renames its day into place meanwhile
            raced.append(root)
            raced[0] = demo_folder.seeded_day(root, clock)

    monkeypatch.setattr(demo_folder, "_seed", seed_while_another_finishes)
    folder = tmp_path / "demo"
    folder.mkdir()
    fill_demo(folder, clock, cache=tmp_path / "cache")
    assert [p for p in root.iterdir()] == raced  # the loser's build is gone
    assert what_it_holds(folder, clock)[:2] == (11, 2)
    assert not (folder / demo_folder.MANIFEST).exists()  # a copy of the winner's day


def test_a_store_error_while_seeding_the_cache_seeds_the_launch_folder_in_place(
    tmp_path: Path, seeds: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from netprep.store.errors import StoreError

    real = demo_folder._seed

    def locked_in_the_cache(folder: Path, clock: ManualClock) -> None:
        if folder.parent.name == "demo":
            raise StoreError("The data folder is in use by another netprep.")
        real(folder, clock)

    monkeypatch.setattr(demo_folder, "_seed", locked_in_the_cache)
    clock = ManualClock(MORNING)
    folder = tmp_path / "demo"
    folder.mkdir()
    fill_demo(folder, clock, cache=tmp_path / "cache")
    assert what_it_holds(folder, clock)[:2] == (11, 2)
    assert [p.name for p in (tmp_path / "cache" / "demo").iterdir()] == []  # nothing half-made
