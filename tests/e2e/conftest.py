"""End-to-end helpers: run `python -m netprep` in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


class Netprep:
    def __init__(self, tmp_path: Path) -> None:
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "NETPREP_CONFIG_DIR": str(tmp_path / "config"),
            "NETPREP_CACHE_DIR": str(tmp_path / "cache"),
            "PYTHONUNBUFFERED": "1",
        }
        self.env.pop("NETPREP_DATA_DIR", None)
        self.env.pop("NETPREP_DEBUG", None)

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "netprep", *args],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=timeout,
            check=False,
        )

    def popen(self, *args: str, **env: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "netprep", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**self.env, **env},
        )


@pytest.fixture
def netprep(tmp_path: Path) -> Netprep:
    return Netprep(tmp_path)
