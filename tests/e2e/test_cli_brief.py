"""`netprep brief` in a subprocess: Markdown on stdout, clear errors, a PDF with -o."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netprep.composition import open_app, seed_demo
from netprep.domain.records import Contact
from netprep.resources import resource_path
from netprep.services.seed import load_seed_file, seed_store
from tests.e2e.conftest import Netprep


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """The demo data plus a second "Dan…", so that a name can be ambiguous."""
    folder = tmp_path / "data"
    app = open_app(folder)
    try:
        seed_store(app.store, load_seed_file(resource_path("demo", "demo.json")), app.clock)
        app.contacts.save(Contact(name="Daniela Ruiz", company="Cedar Clinics", role="COO"))
    finally:
        app.close()
    return folder


def numbered_questions(markdown: str) -> list[str]:
    section = markdown.split("## Three insight questions", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^### \d\. (.+)$", section, flags=re.M)


def test_markdown_brief_on_stdout(netprep: Netprep, data: Path) -> None:
    result = netprep.run(
        "--data-dir", str(data), "brief", "daniel m", "--purpose", "How to move into product"
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("# Daniel Mensah")
    assert "How to move into product" in result.stdout
    questions = numbered_questions(result.stdout)
    assert len(questions) == 3 and all(q.strip() for q in questions)


def test_html_brief_to_a_file_and_by_id(netprep: Netprep, data: Path, tmp_path: Path) -> None:
    app = open_app(data, read_only=True)
    try:
        grace = app.contacts.find("Grace Adeyemi")
    finally:
        app.close()
    out = tmp_path / "grace.html"
    result = netprep.run(
        "--data-dir", str(data), "brief", grace.id, "--format", "html", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Grace Adeyemi" in html
    assert "<script" not in html


def test_unknown_and_ambiguous_names_give_one_clear_error(netprep: Netprep, data: Path) -> None:
    ambiguous = netprep.run("--data-dir", str(data), "brief", "dan")
    assert ambiguous.returncode == 1 and ambiguous.stdout == ""
    assert "Traceback" not in ambiguous.stderr
    assert ambiguous.stderr.startswith("netprep: “dan” matches more than one contact")
    assert "Daniel Mensah (" in ambiguous.stderr and "Daniela Ruiz (" in ambiguous.stderr

    misspelt = netprep.run("--data-dir", str(data), "brief", "Danial Mensa")
    assert misspelt.returncode == 1 and misspelt.stdout == ""
    assert "No contact matches “Danial Mensa”" in misspelt.stderr
    assert "Daniel Mensah" in misspelt.stderr and "Traceback" not in misspelt.stderr

    unknown = netprep.run("--data-dir", str(data), "brief", "Zebedee")
    assert unknown.returncode == 1
    assert unknown.stderr.count("\n") == 1 and "No contact matches “Zebedee”" in unknown.stderr


def test_pdf_needs_an_output_file(netprep: Netprep, data: Path, tmp_path: Path) -> None:
    refused = netprep.run("--data-dir", str(data), "brief", "Sofia", "--format", "pdf")
    assert refused.returncode == 1 and refused.stdout == ""
    assert "-o" in refused.stderr and "Traceback" not in refused.stderr

    out = tmp_path / "sofia.pdf"
    env_without_display = {k: v for k, v in netprep.env.items() if k != "QT_QPA_PLATFORM"}
    env_without_display.pop("DISPLAY", None)
    env_without_display.pop("WAYLAND_DISPLAY", None)
    netprep.env = env_without_display
    written = netprep.run(
        "--data-dir", str(data), "brief", "Sofia", "--format", "pdf", "-o", str(out)
    )
    assert written.returncode == 0, written.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert "sofia.pdf" in written.stdout


def test_a_broken_user_template_is_reported_and_the_default_used(
    netprep: Netprep, data: Path
) -> None:
    (data / "templates").mkdir()
    (data / "templates" / "brief.md.j2").write_text(
        "# {{ contact.name }}\n\n{% for q in questions %}\n{{ q.nope() }}\n{% endfor %}\n",
        encoding="utf-8",
    )
    result = netprep.run("--data-dir", str(data), "brief", "Jonas")
    assert result.returncode == 0
    assert result.stdout.startswith("# Jonas Lindqvist")
    assert len(numbered_questions(result.stdout)) == 3
    assert "brief.md.j2, line 4" in result.stderr and "built-in template" in result.stderr


def test_brief_does_not_write_to_the_data_folder(netprep: Netprep, data: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in data.iterdir()}
    result = netprep.run("--data-dir", str(data), "brief", "Hiroshi")
    assert result.returncode == 0, result.stderr
    after = {p.name: p.stat().st_mtime_ns for p in data.iterdir()}
    assert after == before


def test_a_prepared_meeting_s_brief_is_the_one_printed(netprep: Netprep, tmp_path: Path) -> None:
    """With a meeting prepared, `netprep brief` printed a fresh brief for the profile's goal,
    without the meeting's time, place, purpose or the user's edits to its brief."""
    data = tmp_path / "demo"
    app = open_app(data)
    try:
        seed_demo(app)  # as `netprep --demo`: meetings prepared with Daniel and Jonas
        daniel = app.contacts.find("Daniel Mensah")
        meeting = app.meetings.prepared_for(daniel.id)
        assert meeting is not None and meeting.brief is not None and meeting.purpose
        meeting.brief.questions[0].text = "What did your first month in product feel like?"
        app.briefs.save_meeting(meeting)  # as the prep screen saves an edited brief
    finally:
        app.close()
    shown = netprep.run("--data-dir", str(data), "brief", "daniel m")
    assert shown.returncode == 0, shown.stderr
    assert "**Where:** Monmouth Coffee, Borough" in shown.stdout
    assert f"**Purpose:** {meeting.purpose}" in shown.stdout
    assert numbered_questions(shown.stdout)[0] == "What did your first month in product feel like?"
    asked = netprep.run("--data-dir", str(data), "brief", "daniel m", "--purpose", "Hiring")
    assert "**Purpose:** Hiring" in asked.stdout and "Monmouth" not in asked.stdout
