"""`netprep import FILE` and `netprep export --format F`: bring contacts in, take them out.

An import prints its preview (added, merged, skipped with reasons) and writes only
without --dry-run; a file that cannot be read is one clear message and the data
folder is left as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from netprep.cli_data import holds_data, open_data
from netprep.composition import App, default_data_dir, memory_app, open_app
from netprep.domain.message import Message
from netprep.services.errors import UserError
from netprep.services.transfer import EXPORT_FORMATS, FileFormat, ImportPreview, UnknownFormatError

EXIT_OK = 0


def add_transfer_commands(commands: Any) -> None:
    """Register `import` and `export` on the parser's ``add_subparsers()`` object."""
    imp = commands.add_parser(
        "import",
        help="import contacts (LinkedIn, Google Contacts, netprep CSV, vCard) or restore a "
        "netprep backup",
        description="Show what importing FILE would add, merge and skip, then import it "
        "(unless --dry-run). The format is detected when not given.",
    )
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument(
        "--format",
        choices=[f.value for f in FileFormat],
        dest="file_format",
        help="read FILE as this format (csv: netprep's own export) when it is not recognised",
    )
    imp.add_argument("--dry-run", action="store_true", help="show the preview, write nothing")
    imp.add_argument(
        "--all", action="store_true", dest="list_all", help="list every merge and skipped row"
    )
    imp.set_defaults(handler=cmd_import)

    exp = commands.add_parser(
        "export",
        help="export everything (json) or your contacts (csv, vcard)",
        description="json is a full backup that `netprep import` restores; csv and vcard "
        "hold your contacts. Written to stdout unless -o is given.",
    )
    exp.add_argument("--format", choices=EXPORT_FORMATS, required=True, dest="export_format")
    exp.add_argument("-o", "--output", metavar="FILE", type=Path)
    exp.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    folder = default_data_dir(args.data_dir)
    created = None if args.dry_run else _outermost_missing(folder)
    writing = False
    try:
        if args.dry_run:
            app = open_app(folder, read_only=True) if holds_data(folder) else memory_app()
        else:
            app = open_app(folder)
        try:
            preview = _preview(app, args.file, args.file_format)
            print("\n".join(preview.summary_lines(None if args.list_all else 50)))
            if args.dry_run:
                print("Dry run: nothing was written.")
            elif preview.is_empty:
                print("Nothing to import.")
            else:
                writing = True
                print(app.transfer.apply(preview))
        finally:
            app.close()
    except BaseException:
        if created is not None and not writing:  # failed before writing: leave no new folder
            _remove_created(folder, created)
        raise
    return EXIT_OK


def _outermost_missing(folder: Path) -> Path | None:
    """The outermost folder on the way to ``folder`` that does not exist yet (None: none)."""
    missing = None
    for path in (folder, *folder.parents):
        if path.is_symlink() or path.exists():
            break
        missing = path
    return missing


def _remove_created(folder: Path, outermost: Path) -> None:
    """Undo what opening ``folder`` created: the files a data folder starts with, then each
    folder up to ``outermost`` once empty. Anything else found there stays, with its folder."""
    from netprep.store.database import data_files
    from netprep.store.lock import LOCK_NAME

    for name in (*data_files(), LOCK_NAME):
        with contextlib.suppress(OSError):
            (folder / name).unlink(missing_ok=True)
    path = folder
    while True:
        try:
            path.rmdir()
        except OSError:
            return
        if path == outermost:
            return
        path = path.parent


def _preview(app: App, path: Path, fmt: str | None) -> ImportPreview:
    """The import's preview; a file whose format is not recognised names --format."""
    try:
        return app.transfer.preview(path, fmt)
    except UnknownFormatError as exc:
        hint = Message(
            "If it is one of these, name its format with --format ({choices}).",
            choices=", ".join(f.value for f in exc.formats),
        )
        raise UserError(Message.joined([exc.message, hint])) from None


def cmd_export(args: argparse.Namespace) -> int:
    app: App = open_data(args.data_dir, read_only=True)
    try:
        if args.output is None:
            sys.stdout.buffer.write(app.transfer.export_bytes(args.export_format))
            sys.stdout.flush()
        else:
            size = app.transfer.export(args.export_format, args.output)
            print(f"Wrote {args.output} ({size:,} bytes).", file=sys.stderr)
    finally:
        app.close()
    return EXIT_OK
