"""The `netprep` command. No subcommand opens the app; subcommands work headless.

Errors a user can cause print one line on stderr and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from netprep import __version__
from netprep.domain.message import counted
from netprep.services.errors import UserError

# Opening the app imports only what the window needs first: the commands' modules (and
# through them the brief engine, jinja2, markdown) load when a command is given.
if TYPE_CHECKING:
    from netprep.composition import App
    from netprep.domain.meeting import Meeting
    from netprep.domain.records import Contact
    from netprep.domain.referrals import Referral
    from netprep.services.seed import SeedReport

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader left


def _add_app_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: $NETPREP_DATA_DIR, else your user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a temporary copy of the bundled demo data",
    )
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help="add netprep to your desktop's menus (for pip, pipx and venv installs)",
    )
    desktop.add_argument(
        "--uninstall-desktop", action="store_true", help="remove what --install-desktop added"
    )


def build_parser() -> argparse.ArgumentParser:
    from netprep.cli_brief import add_brief_command
    from netprep.cli_followups import add_followup_commands
    from netprep.cli_review import add_review_commands
    from netprep.cli_store import add_store_commands
    from netprep.cli_transfer import add_transfer_commands

    parser = argparse.ArgumentParser(
        prog="netprep",
        description="Prepare, run and follow up 20-minute networking meetings. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"netprep {__version__}")
    _add_app_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create a data folder")
    init.add_argument(
        "--demo", action="store_true", dest="init_demo", help="fill it with demo data"
    )
    init.set_defaults(handler=cmd_init)

    contacts = commands.add_parser("contacts", help="list contacts, one per line")
    contacts.add_argument("--search", metavar="TEXT", help="only those matching TEXT")
    contacts.set_defaults(handler=cmd_contacts)

    add_brief_command(commands)

    meetings = commands.add_parser("meetings", help="list meetings, one per line")
    which = meetings.add_mutually_exclusive_group()
    which.add_argument("--upcoming", action="store_true", help="only planned or running ones")
    which.add_argument("--past", action="store_true", help="only finished or cancelled ones")
    meetings.set_defaults(handler=cmd_meetings)

    referrals = commands.add_parser("referrals", help="list referrals, one per line")
    referrals.add_argument(
        "--pending", action="store_true", help="only those whose referrer is not thanked yet"
    )
    referrals.set_defaults(handler=cmd_referrals)
    add_followup_commands(commands)
    add_transfer_commands(commands)
    add_review_commands(commands)
    add_store_commands(commands)
    return parser


def _app_launch(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options when no command is given (open the app), without importing the commands."""
    launcher = argparse.ArgumentParser(prog="netprep", add_help=False)
    _add_app_options(launcher)
    try:
        args, rest = launcher.parse_known_args(argv)
    except SystemExit:  # a usage error: the full parser says it
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    try:
        status = _run(argv)
        sys.stdout.flush()  # a reader gone away shows here, not as a warning at exit
        return status
    except BrokenPipeError:  # `netprep contacts | head -1`: normal for a command
        return _reader_gone()
    except UserError as exc:  # store errors are UserErrors too
        print(f"netprep: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if os.environ.get("NETPREP_DEBUG"):
            raise
        print(
            f"netprep: unexpected error: {exc!r}. Run again with NETPREP_DEBUG=1 for details, "
            "and please report it.",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _run(argv: Sequence[str] | None) -> int:
    args = _app_launch(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if args.install_desktop or args.uninstall_desktop:
        return cmd_desktop(args)
    if handler is None:
        return run_gui(args)
    return handler(args)


def _reader_gone() -> int:
    """Exit quietly when stdout's reader has closed the pipe. What is still buffered goes to
    os.devnull, so Python's own flush at exit has nothing to complain about either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # a stdout without a file descriptor: nothing to redirect
        pass
    return EXIT_PIPE_CLOSED


# -- commands ------------------------------------------------------------------------------


def demo_summary(report: SeedReport) -> str:
    """What the demo folder holds, counted as `netprep contacts` and the Meetings page count."""
    contacts = report.contacts + report.referral_contacts
    referred = (
        f" ({report.referral_contacts} of them referred in a past meeting)"
        if report.referral_contacts
        else ""
    )
    return (
        f"{counted(contacts, 'contact', 'contacts')}{referred}, "
        f"{counted(report.notes, 'note', 'notes')}, "
        f"{counted(report.meetings, 'prepared meeting', 'prepared meetings')} and "
        f"{counted(report.past_meetings, 'past meeting', 'past meetings')}"
    )


def cmd_init(args: argparse.Namespace) -> int:
    from netprep.composition import default_data_dir, open_app, seed_demo

    folder = default_data_dir(args.data_dir)
    app = open_app(folder)
    try:
        if args.init_demo:
            report = seed_demo(app)
            print(f"Created {folder} with {demo_summary(report)}.")
        else:
            print(f"Data folder ready: {folder}")
    finally:
        app.close()
    return EXIT_OK


def cmd_contacts(args: argparse.Namespace) -> int:
    app = _open_existing(args, read_only=True)
    try:
        contacts = app.contacts.search(args.search) if args.search else app.contacts.all()
        for contact in contacts:
            print(format_contact_line(contact))
    finally:
        app.close()
    return EXIT_OK


def cmd_meetings(args: argparse.Namespace) -> int:
    app = _open_existing(args, read_only=True)
    try:
        upcoming = [] if args.past else app.meetings.upcoming()
        past = [] if args.upcoming else app.meetings.past()
        for meeting in [*upcoming, *past]:
            print(format_meeting_line(meeting, app.meetings.contact_name(meeting)))
    finally:
        app.close()
    return EXIT_OK


def cmd_referrals(args: argparse.Namespace) -> int:
    app = _open_existing(args, read_only=True)
    try:
        service = app.referrals
        for referral in service.pending() if args.pending else service.all():
            print(format_referral_line(referral, service.name_of(referral.referrer_id)))
    finally:
        app.close()
    return EXIT_OK


def format_contact_line(contact: Contact) -> str:
    detail = ", ".join(p for p in (contact.role, contact.company) if p)
    email = f" <{contact.primary_email}>" if contact.primary_email else ""
    return f"{contact.name}{email}" + (f" — {detail}" if detail else "")


def format_meeting_line(meeting: Meeting, contact_name: str) -> str:
    when = meeting.when.astimezone().strftime("%Y-%m-%d %H:%M") if meeting.when else "no date"
    parts = [f"{when}  {contact_name}"]
    if meeting.purpose:
        parts.append(f" — {_one_line(meeting.purpose)}")
    status = meeting.status.value.replace("_", " ")
    from netprep.domain.meeting import MeetingStatus

    if meeting.status is MeetingStatus.FINISHED:
        named = len(meeting.capture.named_referrals())
        status += f", goals {meeting.goals.count}/3, {counted(named, 'referral', 'referrals')}"
    parts.append(f"  [{status}]")
    return "".join(parts)


def format_referral_line(referral: Referral, referrer_name: str) -> str:
    line = f"{referral.name} ← {referrer_name or 'unknown'}  [{referral.status.label}]"
    if referral.how_to_reach:
        line += f"  reach: {_one_line(referral.how_to_reach)}"
    return line


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _open_existing(args: argparse.Namespace, *, read_only: bool) -> App:
    from netprep.cli_data import open_data

    return open_data(args.data_dir, read_only=read_only)


# -- the app -------------------------------------------------------------------------------


def cmd_desktop(args: argparse.Namespace) -> int:
    from netprep import desktop_integration

    try:
        if args.install_desktop:
            files = desktop_integration.install()
            print(f"Added netprep to your menus: {files.entry}")
        else:
            removed = desktop_integration.uninstall()
            print(
                f"Removed {counted(len(removed), 'file', 'files')}."
                if removed
                else "Nothing to remove."
            )
    except OSError as exc:
        print(f"netprep: could not change the menu entry: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def run_gui(args: argparse.Namespace) -> int:
    from netprep.composition import default_data_dir
    from netprep.gui.shell.application import run  # Qt is imported only when a window is wanted

    if not args.demo:
        return run(default_data_dir(args.data_dir), smoke_test=args.smoke_test)
    folder = Path(tempfile.mkdtemp(prefix="netprep-demo-"))
    try:  # filled on the thread that opens the data: the window's frame paints first
        return run(folder, smoke_test=args.smoke_test, demo=True, prepare=_fill_demo)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _fill_demo(folder: Path) -> None:
    """The demo's records, copied in on the opening thread (its module, with hashlib and
    json, is imported there too: not on the way to the first paint)."""
    from netprep.demo_folder import fill_demo

    fill_demo(folder)


if __name__ == "__main__":
    sys.exit(main())
