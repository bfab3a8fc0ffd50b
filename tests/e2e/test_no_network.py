"""No network: netprep makes no connection of its own, from the GUI or the CLI.

Each command runs in a subprocess whose ``sitecustomize`` installs an audit hook (PEP 578)
that refuses every socket connect and name lookup and writes it down. The hook sees what
Python code does; Qt's own C++ networking is not used by netprep (QtNetwork is not imported).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import Netprep

WATCHER = """
import os, sys

_LOG = os.environ["NETPREP_TEST_SOCKET_LOG"]
_WATCHED = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
            "urllib.Request", "http.client.connect"}

def _refuse_network(event, args):
    if event in _WATCHED:
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{event} {args!r}\\n")
        raise OSError("the test forbids network access")

sys.addaudithook(_refuse_network)
"""


@pytest.fixture
def watched(netprep: Netprep, tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(WATCHER, encoding="utf-8")
    log = tmp_path / "sockets.log"
    netprep.env["PYTHONPATH"] = str(site) + ":" + netprep.env.get("PYTHONPATH", "")
    netprep.env["NETPREP_TEST_SOCKET_LOG"] = str(log)
    return log


def test_the_watcher_catches_a_connection(netprep: Netprep, watched: Path) -> None:
    """The hook works: a plain connect attempt under the same set-up is caught."""
    import subprocess

    code = (
        "import socket\n"
        "try:\n    socket.create_connection(('127.0.0.1', 9), 1)\n"
        "except OSError:\n    pass"
    )
    subprocess.run([sys.executable, "-c", code], env=netprep.env, check=True, timeout=30)
    assert "socket" in watched.read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_app_and_the_cli_open_no_connection(
    netprep: Netprep, watched: Path, tmp_path: Path
) -> None:
    data = str(tmp_path / "data")
    commands = [
        ("--data-dir", data, "init", "--demo"),
        ("--data-dir", data, "contacts"),
        ("--data-dir", data, "brief", "daniel", "--format", "html", "-o", str(tmp_path / "b.html")),
        ("--data-dir", data, "brief", "daniel", "--format", "pdf", "-o", str(tmp_path / "b.pdf")),
        ("--data-dir", data, "--smoke-test"),
        ("--demo", "--smoke-test"),
    ]
    for command in commands:
        result = netprep.run(*command, timeout=120)
        assert result.returncode == 0, (command, result.stderr)
    assert not watched.exists(), watched.read_text(encoding="utf-8")
