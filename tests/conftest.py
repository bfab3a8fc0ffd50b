"""Test-wide set-up: Qt renders offscreen, and nothing touches the user's real folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("NETPREP_DATA_DIR", None)

import pytest


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Window geometry, other GUI settings and the demo's cache go to throwaway folders, never
    ~/.config or ~/.cache."""
    monkeypatch.setenv("NETPREP_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("NETPREP_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
