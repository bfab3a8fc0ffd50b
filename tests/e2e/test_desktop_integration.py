"""`netprep --install-desktop` adds the app to the menus of a venv or pipx install; undone too."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from netprep import APP_ID
from netprep.desktop_integration import _exec_quote
from tests.e2e.conftest import Netprep


def test_install_writes_entry_icon_and_metadata_and_uninstall_removes_them(
    netprep: Netprep, tmp_path: Path
) -> None:
    home = tmp_path / "share"
    netprep.env["XDG_DATA_HOME"] = str(home)
    done = netprep.run("--install-desktop")
    assert done.returncode == 0, done.stderr
    entry = home / "applications" / f"{APP_ID}.desktop"
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    metainfo = home / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert entry.is_file() and icon.is_file() and metainfo.is_file()
    assert str(entry) in done.stdout

    text = entry.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    program = shlex.split(exec_line.removeprefix("Exec="))[0]
    assert Path(program).parent == Path(sys.executable).parent  # this installation's script
    assert f"Icon={APP_ID}" in text
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0, check.stdout + check.stderr

    removed = netprep.run("--uninstall-desktop")
    assert removed.returncode == 0 and "Removed 3 files." in removed.stdout
    assert not entry.exists() and not icon.exists() and not metainfo.exists()
    assert "Nothing to remove." in netprep.run("--uninstall-desktop").stdout


def test_an_unwritable_menu_folder_is_a_clear_error(netprep: Netprep, tmp_path: Path) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("not a folder", encoding="utf-8")
    netprep.env["XDG_DATA_HOME"] = str(blocker)
    done = netprep.run("--install-desktop")
    assert done.returncode == 1
    assert done.stderr.startswith("netprep: could not change the menu entry")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "path,quoted",
    [
        ("/home/sam/.venv/bin/netprep-gui", "/home/sam/.venv/bin/netprep-gui"),
        ("/home/sam/My Apps/bin/netprep-gui", '"/home/sam/My Apps/bin/netprep-gui"'),
        ('/opt/a"b$c/netprep-gui', '"/opt/a\\"b\\$c/netprep-gui"'),
    ],
)
def test_exec_paths_are_quoted_as_the_desktop_entry_spec_asks(path: str, quoted: str) -> None:
    assert _exec_quote(path) == quoted
