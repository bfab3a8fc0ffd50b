"""The Review page's reasons, worded by the GUI from the domain's facts: the same content as
the domain's English (which the CLI prints), in the user's language and plural rules."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from netprep.composition import App
from netprep.domain.followups import FollowUp, FollowUpKind
from netprep.gui.shell.translation import install_translators, remove_translators
from netprep.gui.words.review_reasons import ReviewReasons


def test_the_reasons_say_what_the_domains_do(demo_app: App) -> None:
    kwame = demo_app.review.candidates()[0]
    assert kwame.contact.name == "Kwame Boateng"
    words = ReviewReasons().of(kwame)
    assert len(words) == len(kwame.reasons)
    assert words[0].startswith("Last contact 101 days ago (meeting, ")
    assert words[0].endswith("past the longest gap of 45 days.")
    assert words[1:] == kwame.reasons[1:]  # circle, project: the same sentences
    assert ReviewReasons().short(kwame) == "last contact 101 days ago (meeting)"


def test_a_promise_and_one_day_in_words(demo_app: App) -> None:
    jonas = demo_app.contacts.find("Jonas Lindqvist")
    assert jonas is not None
    demo_app.store.followups.save(
        FollowUp(contact_id=jonas.id, kind=FollowUpKind.OFFER, text="Send Jonas the survey")
    )
    row = next(c for c in demo_app.review.candidates() if c.contact.id == jonas.id)
    assert "You promised: Send Jonas the survey" in ReviewReasons().of(row)
    assert ReviewReasons().short(row).endswith(" · 1 promise pending")


def test_in_german(demo_app: App) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    installed = install_translators(qt_app, QLocale("de_DE"))
    try:
        kwame = demo_app.review.candidates()[0]
        words = ReviewReasons().of(kwame)
        assert words[0].startswith("Letzter Kontakt vor 101 Tagen (Treffen, ")
        assert words[0].endswith("länger als der größte Abstand von 45 Tagen.")
        assert words[1] == "Kreis: In Kontakt bleiben."
    finally:
        remove_translators(qt_app, installed)
