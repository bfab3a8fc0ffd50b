"""The export service renders a brief once, and again when the user's template file changes."""

from __future__ import annotations

import os
from pathlib import Path

from netprep.composition import memory_app
from netprep.domain.brief.model import Brief
from netprep.render.brief_view import BriefContext
from netprep.services.brief_export import BriefExportService


def test_a_brief_is_rendered_once_until_the_template_file_changes(tmp_path: Path) -> None:
    app = memory_app()
    export = BriefExportService(app.store, tmp_path)
    brief, context = Brief(contact_name="Ada"), BriefContext(contact_name="Ada")
    assert export.templates_dir is not None
    export.templates_dir.mkdir()
    template = export.templates_dir / "brief.md.j2"
    template.write_text("first {{ contact.name }}\n", encoding="utf-8")
    assert export.markdown(brief, context).text.startswith("first Ada")
    assert export.html(brief, context).ok
    assert export.markdown(brief, context).text.startswith("first Ada")
    assert export.renders == 1
    template.write_text("second {{ contact.name }}\n", encoding="utf-8")
    os.utime(template, ns=(1, 1))  # a different stamp even on a coarse clock
    assert export.cached_html(brief, context) is None
    assert export.markdown(brief, context).text.startswith("second Ada")
    assert export.renders == 2
    brief.contact_name = "Ada L."  # edited in place, as the prep screen does
    export.markdown(brief, context)
    assert export.renders == 3
