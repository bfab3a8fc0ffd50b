"""`netprep followups` lists what to follow up; `netprep log CONTACT --kind …` logs a touch.

Both work headless. Errors (an unknown contact, a date that is not a date, a kind that
is not a kind) print one line and exit non-zero, through the CLI's UserError handling.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import Any

from netprep.cli_data import open_data
from netprep.composition import App
from netprep.domain.records import InteractionKind
from netprep.services.errors import UserError
from netprep.services.followups import FollowUpFilter, FollowUpRow
from netprep.services.followups.touches import LOGGABLE

EXIT_OK = 0
_KINDS = [k.value for k in LOGGABLE]


def add_followup_commands(commands: Any) -> None:
    """Register `followups` and `log` on the parser's ``add_subparsers()`` object."""
    followups = commands.add_parser(
        "followups",
        help="list follow-ups, one per line",
        description="Every follow-up (thank-yous, referrals to reach, introductions…), "
        "open ones by due date, then the done ones.",
    )
    show = followups.add_mutually_exclusive_group()
    show.add_argument("--due", action="store_true", help="only those due today or overdue")
    show.add_argument("--done", action="store_true", help="only those done")
    followups.set_defaults(handler=cmd_followups)

    log = commands.add_parser(
        "log",
        help="log a touch with a contact (it counts as last contacted)",
        description="Log an email, a call, a message or a chance meeting with CONTACT.",
    )
    log.add_argument("contact", metavar="CONTACT", help="a name (a unique start will do) or id")
    log.add_argument("--kind", required=True, choices=_KINDS, help="what kind of touch")
    log.add_argument("--note", metavar="TEXT", default="", help="one line about it")
    log.add_argument(
        "--date",
        metavar="D",
        default="",
        help="when: YYYY-MM-DD, today or yesterday (default today)",
    )
    log.set_defaults(handler=cmd_log)


def cmd_followups(args: argparse.Namespace) -> int:
    app = _open(args, read_only=True)
    try:
        show = FollowUpFilter.ALL
        if args.due:
            show = FollowUpFilter.DUE
        elif args.done:
            show = FollowUpFilter.DONE
        rows = app.followups.rows(show)
        for row in rows:
            print(format_followup_line(row))
        if not rows and args.due:
            print("Nothing due: you are up to date.")
    finally:
        app.close()
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    app = _open(args, read_only=False)
    try:
        contact = app.contacts.find(args.contact)
        on = parse_day(args.date, app.followups.today())
        touch = app.touches.log(contact.id, args.kind, on=on, note=args.note)
        kind = InteractionKind(touch.kind).label.lower()
        when = touch.when.astimezone().strftime("%Y-%m-%d") if touch.when else ""
        print(f"Logged a {kind} with {contact.name} on {when}.")
    finally:
        app.close()
    return EXIT_OK


def format_followup_line(row: FollowUpRow) -> str:
    item = row.item
    due = item.due.isoformat() if item.due else "no date   "
    return f"{due}  {row.state.label:<9}  {item.kind.label}: {row.contact_name} — {item.text}"


def parse_day(text: str, today: date) -> date | None:
    words = text.strip().casefold()
    if not words or words == "today":
        return None
    if words == "yesterday":
        return today - timedelta(days=1)
    try:
        return date.fromisoformat(words)
    except ValueError:
        raise UserError(
            "“{text}” is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30.", text=text
        ) from None


def _open(args: argparse.Namespace, *, read_only: bool) -> App:
    return open_data(args.data_dir, read_only=read_only)
