"""`netprep review` (this week's people to reconnect with, and why) and `netprep export-ics`
(a meeting, the follow-ups or the weekly review as a calendar file). Both open the data
folder read-only: they work while the app is open.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from netprep.cli_data import open_data
from netprep.composition import App, default_cache_dir
from netprep.services.errors import UserError

EXIT_OK = 0


def add_review_commands(commands: Any) -> None:
    """Register the subcommands on the parser's ``add_subparsers()`` object."""
    review = commands.add_parser(
        "review",
        help="this week's people to reconnect with, and why",
        description="The weekly review: who you have not been in touch with for a while, "
        "best first, with the reasons. The first three are suggested.",
    )
    review.add_argument(
        "--all", action="store_true", help="everyone on the list (default: the first ten)"
    )
    review.add_argument(
        "--drafts", action="store_true", help="also print the three suggested emails"
    )
    review.set_defaults(handler=cmd_review)

    export = commands.add_parser(
        "export-ics",
        help="a meeting, the follow-ups or the weekly review as a calendar file",
        description="Write an .ics file your calendar program opens: a planned MEETING "
        "(its id, or the name of the person you meet), --review for the weekly review as "
        "a recurring 15-minute event, or --followups for follow-ups with a due date.",
    )
    export.add_argument("meeting", nargs="?", metavar="MEETING", help="meeting id or name")
    which = export.add_mutually_exclusive_group()
    which.add_argument("--review", action="store_true", help="the recurring weekly review")
    which.add_argument("--followups", action="store_true", help="follow-ups with a due date")
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="the .ics file")
    export.set_defaults(handler=cmd_export_ics)


def _open(args: argparse.Namespace) -> App:
    return open_data(args.data_dir, read_only=True, cache_dir=default_cache_dir())


def cmd_review(args: argparse.Namespace) -> int:
    app = _open(args)
    try:
        review = app.review
        candidates = review.candidates()
        suggested = set(review.suggested(candidates))
        today = review.today()
        settings = review.settings.get()
        out = [
            f"Weekly review, {today:%A} {today.day} {today:%B %Y} "
            f"(your review day: {settings.review_day_name}; streak: {_weeks(review.streak())})."
        ]
        if review.settings.problem:
            print(f"netprep: warning: {review.settings.problem}", file=sys.stderr)
        if not candidates:
            out.append("Nobody is due for a catch-up. Circles and intervals: Review → Settings.")
        else:
            out.append(f"{len(candidates)} to reconnect with; ★ = suggested this week.\n")
        shown = candidates if args.all else candidates[:10]
        for number, candidate in enumerate(shown, start=1):
            contact = candidate.contact
            star = "★ " if contact.id in suggested else ""
            email = f" <{contact.primary_email}>" if contact.primary_email else " (no email)"
            out.append(f"{number}. {star}{contact.name}{email} — {candidate.status.state.label}")
            out.extend(f"   - {reason}" for reason in candidate.reasons)
        if len(shown) < len(candidates):
            out.append(f"\n… and {len(candidates) - len(shown)} more (--all lists them).")
        if args.drafts and suggested:
            for draft in review.drafts(
                [c.contact.id for c in candidates if c.contact.id in suggested]
            ):
                out.append(f"\n{'=' * 72}\nTo: {draft.email.to or '(no email address)'}")
                out.append(f"Subject: {draft.email.subject}\n\n{draft.email.body.rstrip()}")
                out.extend(f"[note: {p}]" for p in draft.problems)
    finally:
        app.close()
    print("\n".join(out))
    return EXIT_OK


def _weeks(count: int) -> str:
    return "1 week" if count == 1 else f"{count} weeks"


def cmd_export_ics(args: argparse.Namespace) -> int:
    if bool(args.meeting) == bool(args.review or args.followups):
        raise UserError("Say what to export: a MEETING (id or name), or --review, or --followups.")
    app = _open(args)
    try:
        calendar = app.calendar
        if args.review:
            data, what = calendar.review(), "the weekly review"
        elif args.followups:
            data, what = calendar.followups(), "your follow-ups"
        else:
            meeting = calendar.find_meeting(args.meeting)
            data = calendar.meeting(meeting)
            what = f"the meeting with {app.meetings.contact_name(meeting)}"
        path = calendar.write(Path(args.output), data)
    finally:
        app.close()
    print(f"Wrote {path} ({what}).")
    return EXIT_OK
