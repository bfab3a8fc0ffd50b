"""An introduction's later emails, as the user edited them, are stored with the follow-up;
a data folder written before they were (no ``step_drafts`` in followups.json) still opens,
its follow-ups starting those steps from fresh drafts."""

from __future__ import annotations

import json
from pathlib import Path

from netprep.domain.clock import ManualClock
from netprep.domain.followups import FollowUp, FollowUpKind, IntroductionStep
from netprep.store.database import Database
from netprep.store.migrations import SCHEMA_VERSION
from netprep.store.store import Store

INTRO_ID = "f1a2b3c4d5e6f708"
INTRO: dict[str, object] = {
    "id": INTRO_ID,
    "created_at": "2026-11-20T10:00:00+00:00",
    "updated_at": "2026-11-20T10:00:00+00:00",
    "contact_id": "a1b2c3d4e5f60718",
    "other_contact_id": "b2c3d4e5f6071829",
    "kind": "introduction",
    "text": "Introduce Grace and Jonas",
    "draft": "Hi Grace, would you be open to an introduction?",
    "due": "2026-11-27",
    "done": False,
}


def write_folder_without_step_drafts(folder: Path) -> None:
    folder.mkdir()
    meta = {"app": "netprep", "schema_version": SCHEMA_VERSION}
    (folder / "netprep.json").write_text(json.dumps(meta))
    (folder / "followups.json").write_text(json.dumps({"followups": {"1": INTRO}}))


def test_a_folder_from_before_step_drafts_opens_and_keeps_them_after(tmp_path: Path) -> None:
    folder, clock = tmp_path / "data", ManualClock()
    write_folder_without_step_drafts(folder)
    store = Store(Database.open(folder, clock), clock)
    intro = store.followups.get(INTRO_ID)
    assert isinstance(intro, FollowUp) and intro.kind is FollowUpKind.INTRODUCTION
    assert intro.draft == INTRO["draft"] and intro.step_drafts == {}
    intro.keep_draft("Hi Grace and Jonas, MY EDIT", IntroductionStep.INTRODUCE)
    store.followups.save(intro)
    store.close()

    store = Store(Database.open(folder, clock), clock)
    again = store.followups.get(INTRO_ID)
    store.close()
    assert again is not None and again.draft == INTRO["draft"]
    assert again.draft_for(IntroductionStep.INTRODUCE) == "Hi Grace and Jonas, MY EDIT"
    assert again.draft_for(IntroductionStep.ASK_OTHER) == ""
