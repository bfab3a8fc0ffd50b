"""Put netprep in the desktop menus of a pip, pipx or venv install (Linux, other XDG desktops).

A system package or a wheel installed with its data files (hatch ``shared-data``) brings the
menu entry along; an install into a venv or with pipx does not reach ``~/.local/share``, so
``netprep --install-desktop`` writes there: the ``.desktop`` entry (its ``Exec`` pointing at
this installation's ``netprep-gui``), the icon and the AppStream metadata. ``--uninstall-desktop``
removes exactly those files.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from netprep import APP_ID
from netprep.resources import resource_path


@dataclass(frozen=True)
class DesktopFiles:
    entry: Path
    icon: Path
    metainfo: Path

    def all(self) -> list[Path]:
        return [self.entry, self.icon, self.metainfo]


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (the XDG base directory default)."""
    explicit = os.environ.get("XDG_DATA_HOME", "")
    return Path(explicit) if os.path.isabs(explicit) else Path.home() / ".local" / "share"


def desktop_files(home: Path) -> DesktopFiles:
    return DesktopFiles(
        entry=home / "applications" / f"{APP_ID}.desktop",
        icon=home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        metainfo=home / "metainfo" / f"{APP_ID}.metainfo.xml",
    )


def gui_command() -> str:
    """How the menu entry starts this installation: its ``netprep-gui`` script, quoted for Exec."""
    scripts = Path(sys.executable).parent
    for name in ("netprep-gui", "netprep"):
        if (scripts / name).exists():
            return _exec_quote(str(scripts / name))
    found = shutil.which("netprep-gui") or shutil.which("netprep")
    if found:
        return _exec_quote(found)
    return f"{_exec_quote(sys.executable)} -m netprep"


def _exec_quote(path: str) -> str:
    """Quote a path for a .desktop Exec key when it holds spaces or reserved characters."""
    if not any(c in path for c in " \t\"'\\><~|&;$*?#()`"):
        return path
    escaped = path.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def install(home: Path | None = None) -> DesktopFiles:
    """Write the menu entry, icon and metadata; returns where they went."""
    files = desktop_files(home or data_home())
    entry = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = [
        f"Exec={gui_command()}" if line.startswith("Exec=") else line for line in entry.splitlines()
    ]
    for path in files.all():
        path.parent.mkdir(parents=True, exist_ok=True)
    files.entry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copyfile(resource_path("icons", "netprep-app.svg"), files.icon)
    shutil.copyfile(resource_path("desktop", f"{APP_ID}.metainfo.xml"), files.metainfo)
    return files


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote; returns the files that were there."""
    removed = []
    for path in desktop_files(home or data_home()).all():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
