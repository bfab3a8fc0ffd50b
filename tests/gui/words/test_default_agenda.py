"""The default agenda's words are listed for the catalog; an agenda's own words stay as typed."""

from __future__ import annotations

import json

from netprep.gui.words.default_agenda import NAMES, PROMPTS, shown, shown_all
from netprep.resources import resource_path


def test_every_default_phase_name_and_prompt_is_listed() -> None:
    phases = json.loads(resource_path("agenda", "default.json").read_text(encoding="utf-8"))
    names = [phase["name"] for phase in phases["phases"]]
    prompts = [prompt for phase in phases["phases"] for prompt in phase["prompts"]]
    assert [n for n in names if n not in NAMES] == [], "list it in gui/words/default_agenda.py"
    assert [p for p in prompts if p not in PROMPTS] == [], "list it in gui/words/default_agenda.py"


def test_a_phase_the_user_named_is_shown_as_typed() -> None:
    assert shown("Catch up on the kids") == "Catch up on the kids"
    assert shown_all(["Great start", "My own prompt"]) == ["Great start", "My own prompt"]
