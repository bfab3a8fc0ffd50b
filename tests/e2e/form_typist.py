"""A child process for the form kill tests: opens the app on a data folder, types a new role
into a contact, a headline into the profile and the name of a new contact, without saving,
says "typed" on stdout, then leaves the event loop running until it is killed or told to quit.

Run as ``python -m tests.e2e.form_typist DATA_DIR SETTINGS_FILE``.
"""

from __future__ import annotations

import sys

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from netprep.composition import App
from netprep.gui.shell.main_window import MainWindow
from tests.e2e.typist_app import run_typist

ROLE = "Director of Nursing Informatics"
HEADLINE = "Nurse turned product manager"
NEW_NAME = "Sam Lee"


def type_into(editor: object, text: str) -> None:
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    editor.selectAll()
    QTest.keyClicks(editor, text)


def type_step(app: App, window: MainWindow) -> str:
    grace = next(c for c in app.contacts.all() if c.name == "Grace Adeyemi")
    if sys.argv[3:] == ["new"]:
        window.contacts_page.new_contact()
        type_into(window.contacts_page.form.editor("name"), NEW_NAME)
    else:
        window.open_contact(grace.id)
        type_into(window.contacts_page.form.editor("role"), ROLE)
        window.show_section("profile")
        type_into(window.profile_page.form.editor("headline"), HEADLINE)
    return grace.id


def main(data_dir: str, settings: str) -> int:
    return run_typist(data_dir, settings, type_step)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
