"""Bring a network in (LinkedIn, Google Contacts, vCard, netprep backups) and take it out."""

from netprep.services.transfer.model import FileFormat, ImportPreview, ImportResult
from netprep.services.transfer.service import EXPORT_FORMATS, ImportCancelled, TransferService
from netprep.services.transfer.writes import UndoHistory

__all__ = [
    "EXPORT_FORMATS",
    "FileFormat",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "TransferService",
    "UndoHistory",
]
