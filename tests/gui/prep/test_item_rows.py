"""The brief's item lists reuse their rows: a new brief shows without making widgets."""

from __future__ import annotations

from copy import deepcopy

import pytest
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.brief.model import BriefItem, Evidence
from netprep.domain.brief.sections.summary import SummaryTiming
from netprep.gui.prep.brief_editor import BriefEditor
from netprep.gui.prep.brief_widgets import GrowingTextEdit, ItemListEditor


def _items(*texts: str) -> list[BriefItem]:
    return [BriefItem(t, [Evidence("their interests", t)] if t != "mine" else []) for t in texts]


def test_rows_are_reused_and_only_the_shown_items_count(qtbot: QtBot) -> None:
    editor = ItemListEditor("Add a hook")
    qtbot.addWidget(editor)
    editor.show()
    editor.set_items(_items("Arsenal", "chess", "cycling"))
    made = list(editor.rows)
    made[0].why.setChecked(True)

    editor.set_items(_items("sailing"))  # fewer: the others wait, hidden
    assert [i.text for i in editor.items()] == ["sailing"]
    assert editor.rows == made[:1] and not made[1].isVisible()
    assert not made[0].why.isChecked()  # a reused row starts folded
    assert "sailing" in made[0].evidence.text()

    editor.set_items(_items("mine", "jazz", "rowing", "poetry"))  # more: the same rows first
    assert editor.rows[:3] == made
    assert [i.text for i in editor.items()] == ["mine", "jazz", "rowing", "poetry"]
    assert not made[0].why.isEnabled()  # nothing to show for the user's own item
    items = [editor._rows_layout.itemAt(i) for i in range(editor._rows_layout.count())]
    layout = [item.widget() for item in items if item is not None]
    assert layout == editor.rows  # in the order shown

    editor.set_items(_items("a", "b"))
    editor.add_button.click()  # "+ Add": the next spare row, where it belongs
    assert editor.rows[2] is made[2] and editor.rows[2].isVisible()
    assert [i.text for i in editor.items()] == ["a", "b"]  # the new row is still empty


def test_the_editor_makes_rows_ahead_so_the_first_brief_makes_none(
    qtbot: QtBot, demo_app: App
) -> None:
    editor = BriefEditor(demo_app.briefs)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.hooks.made >= 4 and editor.check_first.made >= 1)
    made = [*editor.hooks._spare, *editor.offers._spare]
    daniel = next(c for c in demo_app.contacts.all() if c.name == "Daniel Mensah")
    brief = demo_app.briefs.build(daniel.id)
    editor.set_brief(brief)
    shown = [*editor.hooks.rows, *editor.offers.rows]
    assert shown and all(row in made for row in shown)
    assert [i.text for i in editor.hooks.items()] == [h.text for h in brief.hooks]


def test_the_editor_works_on_its_own_copy_and_restyles_the_timing_only_when_it_flips(
    qtbot: QtBot, demo_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = BriefEditor(demo_app.briefs)
    qtbot.addWidget(editor)
    daniel = next(c for c in demo_app.contacts.all() if c.name == "Daniel Mensah")
    brief = demo_app.briefs.build(daniel.id)
    given = deepcopy(brief)
    timed: list[int] = []
    real = editor._briefs.summary_timing

    def counted(sentences: list[str]) -> SummaryTiming:
        timed.append(1)
        return real(sentences)

    monkeypatch.setattr(editor._briefs, "summary_timing", counted)
    polished: list[int] = []
    style = editor.timing.style()
    monkeypatch.setattr(style, "polish", lambda *a: polished.append(1))
    editor.set_brief(brief)
    assert len(timed) == 1  # once per brief, not once per sentence
    assert polished == []  # the warning did not change: no restyling

    editor.hooks.rows[0].edit.setPlainText("Ask about the Arsenal match")
    editor.questions[0].text.setPlainText("What surprised you most?")
    edited = editor.brief()
    assert edited.hooks[0].text == "Ask about the Arsenal match"
    assert edited.hooks[0].evidence == given.hooks[0].evidence  # "why?" still answers
    assert edited.questions[0].text == "What surprised you most?"
    assert brief == given  # the brief it was given is untouched
    edited.hooks[0].evidence.clear()
    assert editor.brief().hooks[0].evidence == given.hooks[0].evidence  # a copy each time

    editor.sentences[0].setPlainText("word " * 200)  # over a minute: the warning shows
    assert editor.summary_too_long and polished == [1]


def test_a_text_box_shown_again_is_not_fitted_again_unless_its_padding_changed(
    qtbot: QtBot,
) -> None:
    box = GrowingTextEdit("One line of a question")
    qtbot.addWidget(box)
    box.setStyleSheet("QPlainTextEdit { padding: 10px; }")
    box.show()
    fitted = box.height()
    assert fitted >= box.viewport().height() + 20  # the padding counted, once styled
    fits: list[int] = []
    real = box._fit

    def counted(*args: object) -> None:
        fits.append(1)
        real()

    box._fit = counted  # type: ignore[method-assign]
    box.hide()
    box.show()  # the prep screen reopened: dozens of boxes, none fitted again
    assert fits == [] and box.height() == fitted
    box.hide()
    box.setStyleSheet("QPlainTextEdit { padding: 20px; }")
    box.show()
    assert fits and box.height() >= box.viewport().height() + 40
