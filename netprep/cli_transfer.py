"""`netprep import FILE` and `netprep export --format F`: bring contacts in, take them out.

An import prints its preview (added, merged, skipped with reasons) and writes only
without --dry-run; a file that cannot be read is one clear message and the data
folder is left as it was.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from netprep.composition import App, default_data_dir, memory_app, open_app
from netprep.services.errors import UserError
from netprep.services.transfer import EXPORT_FORMATS, FileFormat

EXIT_OK = 0


def add_transfer_commands(commands: Any) -> None:
    """Register `import` and `export` on the parser's ``add_subparsers()`` object."""
    imp = commands.add_parser(
        "import",
        help="import contacts (LinkedIn, Google Contacts, vCard) or restore a netprep backup",
        description="Show what importing FILE would add, merge and skip, then import it "
        "(unless --dry-run). The format is detected when not given.",
    )
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--format", choices=[f.value for f in FileFormat], dest="file_format")
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
    if args.dry_run:
        app = open_app(folder, read_only=True) if folder.is_dir() else memory_app()
    else:
        app = open_app(folder)
    try:
        preview = app.transfer.preview(args.file, args.file_format)
        print("\n".join(preview.summary_lines(None if args.list_all else 50)))
        if args.dry_run:
            print("Dry run: nothing was written.")
        elif preview.is_empty:
            print("Nothing to import.")
        else:
            print(app.transfer.apply(preview))
    finally:
        app.close()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    folder = default_data_dir(args.data_dir)
    if not folder.is_dir():
        raise UserError(
            "No data folder at {folder}. Create one with `netprep init`.", folder=folder
        )
    app: App = open_app(folder, read_only=True)
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
