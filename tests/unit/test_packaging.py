"""The desktop files promise what the repository holds: screenshots, icons, commands."""

from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path

import pytest

from netprep import cli

REPO = Path(__file__).resolve().parents[2]
METAINFO = REPO / "resources" / "desktop" / "io.github.netprep.NetPrep.metainfo.xml"
ENTRY = REPO / "resources" / "desktop" / "io.github.netprep.NetPrep.desktop"


def test_every_appstream_screenshot_is_in_the_repository() -> None:
    urls = re.findall(r"<image>([^<]+)</image>", METAINFO.read_text(encoding="utf-8"))
    assert urls
    for url in urls:
        path = url.split("/netprep/main/", 1)[1]
        assert (REPO / path).is_file(), path
        assert (REPO / path).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_desktop_entry_runs_a_command_the_wheel_installs() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    exec_line = next(
        line for line in ENTRY.read_text(encoding="utf-8").splitlines() if line.startswith("Exec=")
    )
    assert exec_line.removeprefix("Exec=").split()[0] in project["gui-scripts"]
    assert "netprep" in project["scripts"]


def test_shared_data_and_bundle_icons_exist() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    shared = tomllib.loads(pyproject)["tool"]["hatch"]["build"]["targets"]["wheel"]["shared-data"]
    for source in shared:
        assert (REPO / source).is_file(), source
    for icon in ("netprep.ico", "netprep.icns"):
        assert (REPO / "packaging" / "icons" / icon).stat().st_size > 1000


def test_both_commands_open_the_app_when_given_no_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """`netprep` (a console script: the CLI prints on Windows too) and `netprep-gui` (a GUI
    script: no console window on Windows) are one entry point; no command opens the app."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["netprep"] == project["gui-scripts"]["netprep-gui"]
    assert project["scripts"]["netprep"] == "netprep.cli:main"
    opened: list[argparse.Namespace] = []

    def run_gui(args: argparse.Namespace) -> int:
        opened.append(args)
        return 0

    monkeypatch.setattr(cli, "run_gui", run_gui)
    assert cli.main([]) == 0
    assert cli.main(["--demo"]) == 0
    assert [args.demo for args in opened] == [False, True]


def test_the_appstream_file_names_a_homepage_and_shows_screenshots() -> None:
    text = METAINFO.read_text(encoding="utf-8")
    assert re.search(r'<url type="homepage">https://[^<]+</url>', text)
    assert text.count("<screenshot") >= 2
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["urls"]["Homepage"] in text
