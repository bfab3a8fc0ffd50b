"""Damaged records set aside: kept in ``quarantine/``, named to the user, never dropped.

A record whose checksum fails, a journal line that does not parse, or a document that
does not fit its type is taken out of the table and appended (with where it came from
and why) to ``quarantine/<file>.jsonl`` before anything could rewrite the file it came
from. The same bytes are set aside once, however often the folder is opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import orjson

from netprep.domain.message import Message
from netprep.store.atomic_file import append_durably
from netprep.store.file_format import Damage, crc

QUARANTINE_DIR = "quarantine"


@dataclass(frozen=True)
class Problem:
    """Damage found in a data file, in words for the user."""

    file: str
    where: str
    reason: str

    def message(self) -> Message:
        where, reason = (
            t if isinstance(t, Message) else Message(t) for t in (self.where, self.reason)
        )
        return Message(
            "{file}: {where} was set aside ({reason}).", file=self.file, where=where, reason=reason
        )


def set_aside(folder: Path, found: list[tuple[Path, Damage]], now: datetime) -> list[Problem]:
    """Append every damaged piece to the quarantine (once); returns what to tell the user.

    Raises OSError if the quarantine cannot be written (the caller must then not write
    the data files, which would drop what could not be kept).
    """
    problems = []
    for path, damage in found:
        problems.append(Problem(path.name, damage.where, damage.reason))
        target = folder / QUARANTINE_DIR / f"{path.name}.jsonl"
        target.parent.mkdir(exist_ok=True)
        raw = target.read_bytes() if target.exists() else b""
        key = crc(damage.raw)
        if f'"crc":"{key}"'.encode() in raw:
            continue
        entry = {
            "found": now.isoformat(),
            "file": path.name,
            "where": damage.where,
            "reason": damage.reason,
            "crc": key,
            "raw": damage.raw.decode("utf-8", "backslashreplace"),
        }
        append_durably(target, raw.rfind(b"\n") + 1, orjson.dumps(entry) + b"\n")
    return problems


def describe(found: list[tuple[Path, Damage]]) -> list[Problem]:
    """What a read-only open found (it cannot set anything aside)."""
    return [Problem(path.name, damage.where, damage.reason) for path, damage in found]


def kept(folder: Path) -> list[dict[str, str]]:
    """Everything ever set aside, oldest first (for ``netprep check`` and the GUI)."""
    entries = []
    root = folder / QUARANTINE_DIR
    if not root.is_dir():
        return []
    for path in sorted(root.glob("*.jsonl")):
        for line in path.read_bytes().splitlines():
            try:
                entry = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if isinstance(entry, dict):
                entries.append({k: str(v) for k, v in entry.items()})
    return entries
