"""A child process for the review kill test: opens the app on a data folder, writes the
weekly review's emails, marks the last one sent, rewrites the first as a user would (not
sent), says "typed ID" (the first one's contact) on stdout, then leaves the event loop
running until it is killed or told to quit.

Run as ``python -m tests.e2e.review_typist DATA_DIR SETTINGS_FILE``.
"""

from __future__ import annotations

import sys

from PySide6.QtTest import QTest

from netprep.composition import App
from netprep.gui.shell.main_window import MainWindow
from tests.e2e.typist_app import run_typist

MY_WORDS = "A note in my own words about the apprentice scheme"


def type_step(app: App, window: MainWindow) -> str:
    window.show_section("review")
    page = window.review_page
    assert page.write_button.isEnabled(), "nobody to write to in the demo"
    page.write_button.click()
    first, last = page.drafts.editors[0], page.drafts.editors[-1]
    assert first is not last, "the demo review writes to one person only"
    page.drafts.setCurrentWidget(last)
    last.sent_button.click()
    page.drafts.setCurrentWidget(first)
    first.body.setFocus()
    first.body.selectAll()
    QTest.keyClicks(first.body, MY_WORDS)
    return f"{first.draft.contact_id}:{last.draft.contact_id}"


def main(data_dir: str, settings: str) -> int:
    return run_typist(data_dir, settings, type_step)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
