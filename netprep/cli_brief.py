"""`netprep brief CONTACT`: a meeting brief on stdout or in a file, without opening the app.

Markdown and HTML need no Qt. A PDF is painted by Qt, so Qt is imported only
then, on an offscreen platform when there is no display (a server, a cron job).
The data folder is opened read-only: a brief never writes to it, and it works
while the app is open.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netprep.cli_data import open_data
from netprep.composition import App, default_cache_dir
from netprep.domain.records import Contact
from netprep.render.templates import RenderResult
from netprep.services.brief_export import ExportFormat
from netprep.services.errors import NotFoundError, UserError

if TYPE_CHECKING:
    from netprep.gui.export.paper import PageName

EXIT_OK = 0
_SUGGESTIONS = 5


def add_brief_command(commands: Any) -> None:
    """Register the subcommand on the parser's ``add_subparsers()`` object."""
    brief = commands.add_parser(
        "brief",
        help="print a meeting brief for a contact",
        description="The one-page brief for a meeting with CONTACT: the brief of the meeting "
        "you prepared with them, as you saved it (with its time, place and purpose), or else "
        "one built now for your current goal. Markdown and HTML go to stdout unless -o is "
        "given; a PDF needs -o.",
    )
    brief.add_argument("contact", metavar="CONTACT", help="a name (a unique start will do) or id")
    brief.add_argument(
        "--purpose",
        metavar="TEXT",
        help="build a brief now for what you want to learn (default: the prepared meeting's "
        "brief, else your current goal)",
    )
    brief.add_argument(
        "--format",
        choices=[f.value for f in ExportFormat],
        default=ExportFormat.MARKDOWN.value,
        help="md (default), html or pdf",
    )
    brief.add_argument(
        "--pocket",
        action="store_true",
        help="the pocket card: the summary, the three questions and the top hooks",
    )
    brief.add_argument(
        "--page", choices=["A4", "Letter"], default="A4", help="PDF paper size (default: A4)"
    )
    brief.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    brief.set_defaults(handler=cmd_brief)


def cmd_brief(args: argparse.Namespace) -> int:
    fmt = ExportFormat(args.format)
    if fmt is ExportFormat.PDF and not args.output:
        raise UserError("A PDF needs a file to go to: add -o FILE.pdf (or use --format md).")
    app = _open_read_only(args.data_dir)
    try:
        contact = _find_contact(app, args.contact)
        exporter = app.brief_export
        # The meeting prepared with them (as the window shows it), unless asked for another
        prepared = None if args.purpose else app.meetings.prepared_for(contact.id)
        if prepared is not None:
            brief = prepared.brief or app.briefs.build(contact.id, prepared.purpose)
            context = exporter.context(prepared, brief)
        else:
            brief = app.briefs.build(contact.id, args.purpose or "")
            context = exporter.context_for_contact(contact)
            if args.purpose:
                context = replace(context, purpose=args.purpose)
        rendered = exporter.render(brief, context, fmt, pocket=args.pocket)
    finally:
        app.close()
    _warn(rendered)
    if fmt is ExportFormat.PDF:
        return _write_pdf(rendered.text, Path(args.output), args.page, args.pocket, contact.name)
    if args.output:
        path = exporter.write_text(Path(args.output), rendered.text)
        print(f"Wrote {path}")
    else:
        text = rendered.text
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def _open_read_only(data_dir: str | None) -> App:
    return open_data(data_dir, read_only=True, cache_dir=default_cache_dir())


def _find_contact(app: App, ref: str) -> Contact:
    """ContactService.find, with close names suggested when nothing matches."""
    try:
        return app.contacts.find(ref)
    except NotFoundError:
        names = [c.name for c in app.contacts.all()]
        close = difflib.get_close_matches(ref, names, n=_SUGGESTIONS, cutoff=0.6)
        if not close:
            raise
        listed = "\n  ".join(close)
        raise NotFoundError(
            "No contact matches “{ref}”. Did you mean:\n  {listed}", ref=ref, listed=listed
        ) from None


def _warn(rendered: RenderResult) -> None:
    for problem in rendered.problems:
        print(f"netprep: warning: {problem}", file=sys.stderr)


def _write_pdf(html: str, path: Path, page: str, pocket: bool, name: str) -> int:
    from netprep.gui.export.headless_pdf import write_pdf_headless  # Qt loads only for a PDF
    from netprep.gui.export.paper import PdfExportError

    paper: PageName = "Letter" if page == "Letter" else "A4"
    try:
        done = write_pdf_headless(html, path.expanduser(), paper, pocket, title=f"Brief: {name}")
    except PdfExportError as exc:
        raise UserError("The PDF was not written: {reason}.", reason=exc) from None
    pages = "1 page" if done.pages == 1 else f"{done.pages} pages"
    print(f"Wrote {done.path} ({pages})")
    return EXIT_OK
