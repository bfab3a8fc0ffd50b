"""The desktop app in a real subprocess: starts on demo data, shows its window, quits cleanly."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.e2e.conftest import Netprep

pytestmark = pytest.mark.slow


def test_demo_starts_shows_window_and_quits_on_request(netprep: Netprep) -> None:
    process = netprep.popen("--demo", NETPREP_ANNOUNCE_READY="1")
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until the window is shown (or the app dies)
        assert line.startswith("ready: ") and line.count("netprep") == 1, line
        assert "demo" in line.casefold()
        process.send_signal(signal.SIGTERM)  # "quit when asked to": closes like the window would
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert stderr == ""


def test_app_smoke_test_on_a_data_folder(netprep: Netprep, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert netprep.run("--data-dir", str(data), "init", "--demo").returncode == 0
    result = netprep.run("--data-dir", str(data), "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_second_instance_is_refused_clearly(netprep: Netprep, tmp_path: Path) -> None:
    data = tmp_path / "data"
    netprep.run("--data-dir", str(data), "init")
    first = netprep.popen("--data-dir", str(data), NETPREP_ANNOUNCE_READY="1")
    try:
        assert first.stdout is not None
        assert first.stdout.readline().startswith("ready:")
        second = netprep.run("--data-dir", str(data), "--smoke-test")
        assert second.returncode != 0
        assert "already open" in second.stderr and "Traceback" not in second.stderr
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0
