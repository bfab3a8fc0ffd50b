"""A child process for the form kill tests: opens the app on a data folder, types a new role
into a contact, a headline into the profile and the name of a new contact, without saving,
says "typed" on stdout, then leaves the event loop running until it is killed or told to quit.

Run as ``python -m tests.e2e.form_typist DATA_DIR SETTINGS_FILE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from netprep.gui.shell.application import _quit_on_signals, make_qt_app, open_data
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.window_state import WindowState

ROLE = "Director of Nursing Informatics"
HEADLINE = "Nurse turned product manager"
NEW_NAME = "Sam Lee"


def type_into(editor: object, text: str) -> None:
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    editor.selectAll()
    QTest.keyClicks(editor, text)


def main(data_dir: str, settings: str) -> int:
    qt_app = make_qt_app()
    app = open_data(Path(data_dir), interactive=False)
    if app is None:
        return 1
    try:
        window = MainWindow(app, WindowState(Path(settings)))
        window.show()
        grace = next(c for c in app.contacts.all() if c.name == "Grace Adeyemi")
        if sys.argv[3:] == ["new"]:
            window.contacts_page.new_contact()
            type_into(window.contacts_page.form.editor("name"), NEW_NAME)
        else:
            window.open_contact(grace.id)
            type_into(window.contacts_page.form.editor("role"), ROLE)
            window.show_section("profile")
            type_into(window.profile_page.form.editor("headline"), HEADLINE)
        heartbeat = _quit_on_signals(qt_app)
        QTimer.singleShot(0, lambda: print(f"typed {grace.id}", flush=True))
        code = qt_app.exec()
        heartbeat.stop()
        return code
    finally:
        app.close()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
