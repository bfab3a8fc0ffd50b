"""Bring a network in (LinkedIn, Google Contacts, vCard, netprep CSV or backup), take it out.

The package's names load with the service on first use: opening the data needs only
``readers.sync_copies`` (the backups service looks for a sync tool's conflict copies), and
importing the package ran the whole service in, rapidfuzz and the readers with it (~30 ms
on the way to every window).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from netprep.services.transfer.model import FileFormat, ImportPreview, ImportResult
    from netprep.services.transfer.readers.detect import UnknownFormatError
    from netprep.services.transfer.service import (
        EXPORT_FORMATS,
        ImportCancelled,
        TransferService,
    )
    from netprep.services.transfer.writes import UndoHistory

_WHERE = {
    "EXPORT_FORMATS": "service",
    "FileFormat": "model",
    "ImportCancelled": "service",
    "ImportPreview": "model",
    "ImportResult": "model",
    "TransferService": "service",
    "UndoHistory": "writes",
    "UnknownFormatError": "readers.detect",
}

__all__ = [
    "EXPORT_FORMATS",
    "FileFormat",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "TransferService",
    "UndoHistory",
    "UnknownFormatError",
]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{where}"), name)
    globals()[name] = value  # looked up once
    return value
