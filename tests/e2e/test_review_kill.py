"""The weekly review's emails survive a killed app: an email rewritten in the review is
kept in the store shortly after typing pauses, the real app (in a subprocess) is killed
then, and the Review page of the reopened folder offers the review back: resumed, the same
people are picked, the email is as typed and the one marked sent is still sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netprep.composition import App, open_app
from netprep.gui.review.page import DRAFT_STEP, ReviewPage
from tests.e2e.conftest import Netprep
from tests.e2e.kill_helpers import start_typist
from tests.e2e.review_typist import MY_WORDS
from tests.e2e.test_form_kill import kill_once_kept

pytestmark = pytest.mark.slow


@pytest.fixture
def reopened() -> Iterator[list[App]]:
    opened: list[App] = []
    yield opened
    for app in opened:
        app.close()


def test_sigkill_after_an_edit_is_kept_finds_the_email_on_the_review_page(
    netprep: Netprep, tmp_path: Path, qtbot: QtBot, reopened: list[App]
) -> None:
    process, ids = start_typist(netprep, tmp_path, "review_typist")
    edited_id, sent_id = ids.split(":")
    data = tmp_path / "data"
    kill_once_kept(process, data, MY_WORDS)  # only the review's own timer writes the text

    app = open_app(data)
    reopened.append(app)
    page = ReviewPage(app)
    qtbot.addWidget(page)
    page.show()
    banner = page.kept.banner
    assert banner.isVisible() and app.review.name_of(edited_id) in banner.label.text()
    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)

    session = page.session
    assert session is not None and page.steps.currentIndex() == DRAFT_STEP
    assert edited_id in session.picked and sent_id in session.picked
    assert session.sent == [sent_id]
    editors = {e.draft.contact_id: e for e in page.drafts.editors}
    assert editors[edited_id].body.toPlainText() == MY_WORDS and editors[edited_id].is_edited
    assert editors[sent_id].is_sent and not editors[sent_id].sent_button.isEnabled()
    assert [e.draft.contact_id for e in page.drafts.editors] == session.picked
