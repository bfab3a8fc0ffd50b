"""The data folder a command reads: one that holds netprep's data, or a clear error.

A command that reads data (``contacts``, ``check``, ``review``, ``export``…) on a folder
that is missing, or that exists but holds no netprep data (a typo'd ``--data-dir``, the
wrong folder), says so on stderr and exits non-zero: listing nothing there would look
like empty data. ``init`` and ``import`` create data, so they open any folder.
"""

from __future__ import annotations

from pathlib import Path

from netprep.composition import App, default_data_dir, open_app
from netprep.services.errors import UserError


def holds_data(folder: Path) -> bool:
    """Whether ``folder`` holds a netprep data folder's files (its netprep.json, a table or a
    table's journal). A folder that cannot be looked into counts: opening it says why not."""
    from netprep.store.database import SETTINGS_FILES, data_files

    names = [n for n in data_files() if n not in SETTINGS_FILES]  # an agenda.json alone: not
    try:
        return any((folder / name).exists() for name in names)
    except OSError:
        return True


def data_folder(data_dir: str | None) -> Path:
    """The data folder ``--data-dir`` (or the default) names; UserError unless it holds data."""
    folder = default_data_dir(data_dir)
    if not folder.is_dir():
        raise UserError(
            "No data folder at {folder}. Create one with `netprep init`.", folder=folder
        )
    if not holds_data(folder):
        raise UserError(
            "{folder} holds no netprep data (no netprep.json or contacts.json). Use --data-dir "
            "with your data folder, or `netprep init` to start one there.",
            folder=folder,
        )
    return folder


def open_data(data_dir: str | None, *, read_only: bool, cache_dir: Path | None = None) -> App:
    """The app on the data folder a command reads (see :func:`data_folder`)."""
    return open_app(data_folder(data_dir), read_only=read_only, cache_dir=cache_dir)
