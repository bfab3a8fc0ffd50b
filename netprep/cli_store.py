"""`netprep backup`, `netprep restore [BACKUP]` and `netprep check`: the data's care, headless.

``restore`` without a name lists the backups with what each holds and what restoring it
would lose; with a name it restores, refusing one that holds less than the data now
unless ``--accept-loss`` is given. ``check`` exits 1 when it finds a problem.
"""

from __future__ import annotations

import argparse
from typing import Any

from netprep.cli_data import open_data
from netprep.composition import App
from netprep.domain.message import RecordCount, counted

EXIT_OK, EXIT_PROBLEMS = 0, 1


def add_store_commands(commands: Any) -> None:
    """Register `backup`, `restore` and `check` on the parser's ``add_subparsers()`` object."""
    backup = commands.add_parser("backup", help="back up the data folder now")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore",
        help="list backups, or restore one",
        description="Without BACKUP: list the backups, what each holds and what restoring "
        "it would lose. With BACKUP: restore it (the data it replaces is backed up first).",
    )
    restore.add_argument("backup", nargs="?", metavar="BACKUP", help="a name from the list")
    restore.add_argument(
        "--accept-loss",
        action="store_true",
        help="restore even a backup that holds less than the data now",
    )
    restore.set_defaults(handler=cmd_restore)

    check = commands.add_parser(
        "check",
        help="check the data: checksums, links between records, orphan notes",
    )
    check.set_defaults(handler=cmd_check)


def _open(args: argparse.Namespace, *, read_only: bool) -> App:
    return open_data(args.data_dir, read_only=read_only)


def cmd_backup(args: argparse.Namespace) -> int:
    app = _open(args, read_only=False)
    try:
        made = app.backups.back_up_now()
        print(f"Backed up to {app.data_dir and app.data_dir / 'backups' / made.name}")
        print(f"It holds {made.holds()}.")
    finally:
        app.close()
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    app = _open(args, read_only=args.backup is None)
    try:
        if args.backup is None:
            choices = app.backups.choices()
            if not choices:
                print("No backups yet. Make one with `netprep backup`.")
            for choice in choices:
                loss = f"  - would lose {choice.lost()}" if choice.would_lose else ""
                print(f"{choice.name}\t{choice.when()}\t{choice.label}\t{choice.holds()}{loss}")
            return EXIT_OK
        replaced = app.backups.restore(args.backup, accept_loss=args.accept_loss)
        print(f"Restored {args.backup}. The data it replaced is kept in {replaced}.")
    finally:
        app.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    app = _open(args, read_only=True)
    try:
        report = app.backups.check()
    finally:
        app.close()
    held = ", ".join(str(RecordCount(t, n)) for t, n in report.counts.items() if t != "profile")
    print(f"Checked: {held}.")
    if report.set_aside:
        damaged = counted(report.set_aside, "damaged record is", "damaged records are")
        print(f"{damaged} kept aside in the quarantine folder.")
    for problem in report.problems:
        print(f"problem: {problem}")
    if report.ok:
        print("No problems found.")
        return EXIT_OK
    return EXIT_PROBLEMS
