"""What the services and the store tell the user reaches the GUI in the user's language.

A UserError (or a field check's message) is a template with parameters: ``str(error)`` stays
the English sentence (the CLI, the logs), ``said(error)`` looks the template up in the catalog.
Here: the templates' list is current and holds every one; no message is written as an
f-string; the German keeps each template's placeholders; said() fills, nests and falls back;
no GUI module shows a UserError through ``str()``.
"""

from __future__ import annotations

import ast
import importlib.util
import pickle
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import netprep.gui
from netprep.domain.message import Grouped, Message, RecordCount, message_of
from netprep.domain.records import Contact, Note
from netprep.domain.validation import validate_contact, validate_note
from netprep.gui.shell.translation import catalog_folder, install_translators, remove_translators
from netprep.gui.words import user_errors
from netprep.gui.words.user_error_texts import TEMPLATES
from netprep.gui.words.user_errors import said
from netprep.render.templates import TemplateRenderer
from netprep.services.errors import AmbiguousError, NotFoundError, UserError, ValidationError
from netprep.store.errors import CorruptFileError, FileFormatError, SaveError
from netprep.store.file_format import Damage
from netprep.store.quarantine import describe

ROOT = Path(__file__).resolve().parents[3]
GUI = Path(netprep.gui.__file__).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[None]:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    installed = install_translators(qt_app, QLocale("de_DE"))
    assert installed, "resources/i18n/netprep_de.qm did not load"
    yield
    remove_translators(qt_app, installed)
    QLocale.setDefault(before)


# -- the templates reach the catalog -----------------------------------------------------------


def test_the_template_list_is_current() -> None:
    templates, _ = TOOL.template_calls()
    assert TOOL.TEMPLATE_LIST.read_text(encoding="utf-8") == TOOL.template_module(templates), (
        "netprep/gui/words/user_error_texts.py is stale: run tools/update_translations.py"
    )
    assert set(TEMPLATES) == set(templates)
    assert "That contact no longer exists." in TEMPLATES  # a service's
    assert "{name} is not a text file (it holds binary data). Choose a CSV, vCard or netprep JSON file." in TEMPLATES  # fmt: skip  # noqa: E501
    assert "A contact needs a name." in TEMPLATES  # a field check's


def test_no_message_is_written_as_an_f_string() -> None:
    _, wrong = TOOL.template_calls()
    assert wrong == [], "use a template and parameters: UserError('… {name}', name=name)"


def test_the_scan_finds_templates_and_f_strings(tmp_path: Path) -> None:
    (tmp_path / "errors.py").write_text(
        "class UserError(Exception): ...\n"
        "class GoneError(UserError):\n"
        "    def __init__(self, name: str) -> None:\n"
        "        super().__init__('{name} is gone.', name=name)\n"
    )
    (tmp_path / "service.py").write_text(
        "raise GoneError('x')\n"
        "raise UserError(f'No {thing} here.')\n"
        "reason = Message('a phone number')\n"
        "print('not a message')\n"
    )
    templates, wrong = TOOL.template_calls(tmp_path)
    assert templates == ["a phone number", "{name} is gone."]
    assert [w.rsplit(":", 1)[-1] for w in wrong] == ["2"]


def _german_entries() -> dict[str, ElementTree.Element]:
    root = ElementTree.parse(catalog_folder() / "netprep_de.ts").getroot()
    return {
        message.findtext("source", ""): message
        for context in root.iter("context")
        if context.findtext("name") == "UserError"
        for message in context.iter("message")
    }


def test_every_template_has_german_with_the_same_placeholders() -> None:
    entries = _german_entries()
    wrong = []
    for template in TEMPLATES:
        entry = entries.get(template)
        translation = entry.find("translation") if entry is not None else None
        if translation is None or translation.get("type") or not (translation.text or "").strip():
            wrong.append(f"{template!r}: no German")
            continue
        german = translation.text or ""
        if sorted(PLACEHOLDER.findall(german)) != sorted(PLACEHOLDER.findall(template)):
            wrong.append(f"{template!r} -> {german!r}: placeholders differ")
    assert wrong == []


# -- said() ------------------------------------------------------------------------------------


def test_the_english_stays_as_it_was() -> None:
    error = NotFoundError(
        "No contact matches “{ref}”. Try `netprep contacts` to list them.", ref="Sam"
    )
    assert str(error) == "No contact matches “Sam”. Try `netprep contacts` to list them."
    assert error.template.startswith("No contact matches “{ref}”") and error.params == {
        "ref": "Sam"
    }
    assert said(error) == str(error)  # no catalog: English
    assert str(UserError("Braces {kept} as written")) == "Braces {kept} as written"


def test_said_speaks_german_nests_reasons_and_keeps_user_data(german: None) -> None:
    reason = message_of(FileFormatError("it is not valid JSON ({reason})", reason="bad byte"))
    error = CorruptFileError(Path("/data/contacts.json"), reason, None)
    assert said(error) == (
        "/data/contacts.json lässt sich nicht lesen: sie ist kein gültiges JSON (bad byte). "
        "Die Datei wurde nicht verändert. Es wurde keine intakte Sicherung gefunden."
    )
    assert str(error).startswith("Cannot read /data/contacts.json: it is not valid JSON")
    ambiguous = AmbiguousError("Sam", ["Sam Lee", "Sam Ray"])
    assert said(ambiguous) == "„Sam“ passt zu mehr als einem Kontakt:\n  Sam Lee\n  Sam Ray"
    saved = SaveError(Path("/data/x.json"), UserError("That contact no longer exists."))
    assert said(saved).startswith("/data/x.json konnte nicht gespeichert werden: Diesen Kontakt")


def test_field_messages_in_german_with_the_locales_numbers(german: None) -> None:
    errors = validate_contact(Contact(name="", emails=["a", "b@"], phones=["12"]))
    assert [said(m) for m in errors.values()] == [
        "Ein Kontakt braucht einen Namen.",
        "Diese Angaben sehen nicht nach einer E-Mail-Adresse (name@example.org) aus: „a“, „b@“",
        "„12“ sieht nicht nach einer Telefonnummer aus.",
    ]
    assert errors["emails"] == (
        "These do not look like an email address (name@example.org): “a”, “b@”"
    )
    too_long = validate_note(Note(contact_id="c", body="x" * 250_000))["body"]
    assert "200,000 characters; this one has 250,000" in too_long
    assert said(too_long).startswith(
        "Eine Notiz fasst höchstens 200.000 Zeichen; diese hat 250.000."
    )
    whole = ValidationError(errors)
    assert said(whole).startswith("Ein Kontakt braucht einen Namen. Diese Angaben")
    assert str(whole).startswith("name: A contact needs a name.; emails: These do not look")


def test_a_translation_that_does_not_fit_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Catalog:
        @staticmethod
        def translate(_context: str, _text: str) -> str:
            return "Kein {unbekannt} hier"

    monkeypatch.setattr(user_errors, "QCoreApplication", Catalog)
    error = UserError("No contact called “{name}”.", name="Sam")
    assert said(error) == "No contact called “Sam”."


def test_said_takes_plain_text_and_other_errors() -> None:
    assert said("already in words") == "already in words"
    assert said(OSError("disk on fire")) == "disk on fire"
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert said(Message("{n} items", n=Grouped(12345))) == "12,345 items"
    finally:
        QLocale.setDefault(before)


# -- the GUI shows no UserError through str() --------------------------------------------------

CAUGHT = {"UserError", "ValidationError", "NotFoundError", "StoreError", "ImportFileError"}
CAUGHT |= {"AgendaError", "ClockError", "ReferralError", "OutcomeError", "SettingsError"}


def shown_in_english(source: str) -> list[int]:
    """Lines where an ``except UserError as error`` block shows ``str(error)`` or formats
    ``error`` itself into a text, instead of ``said(error)``."""
    found = []
    for handler in ast.walk(ast.parse(source)):
        if not isinstance(handler, ast.ExceptHandler) or not handler.name:
            continue
        types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        names = {getattr(t, "id", getattr(t, "attr", "")) for t in types}
        if not names & CAUGHT:
            continue
        for node in ast.walk(handler):
            used = None
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "str":
                used = node.args[0] if node.args else None
            elif isinstance(node, ast.keyword | ast.FormattedValue):
                used = node.value
            if isinstance(used, ast.Name) and used.id == handler.name:
                found.append(node.lineno if isinstance(node, ast.expr) else used.lineno)
    return found


def test_no_gui_module_shows_a_user_error_in_english() -> None:
    wrong = {
        path.relative_to(GUI).as_posix(): lines
        for path in sorted(GUI.rglob("*.py"))
        if (lines := shown_in_english(path.read_text(encoding="utf-8")))
    }
    assert wrong == {}, "show it as said(error) (netprep.gui.words.user_errors)"


def test_the_check_finds_what_it_should() -> None:
    planted = """
try:
    save()
except UserError as error:
    QMessageBox.warning(self, self.tr("Not saved"), str(error))
except (ValidationError, OSError) as exc:
    label.setText(self.tr("Not saved: {reason}").format(reason=exc))
except NotFoundError as gone:
    status.emit(f"Gone: {gone}")
except UserError as fine:
    label.setText(said(fine))
except ValueError as other:
    label.setText(str(other))
"""
    assert shown_in_english(planted) == [5, 7, 9]


def test_damage_set_aside_is_described_in_german(german: None) -> None:
    checksum = Damage("the last change", "its line end is damaged", b"")  # as file_format says
    record = Damage(Message("record {key}", key="12"), Message("a record"), b"")
    problems = describe([(Path("contacts.json"), checksum), (Path("notes.json"), record)])
    english = [p.message() for p in problems]
    assert english[0] == "contacts.json: the last change was set aside (its line end is damaged)."
    assert [said(m) for m in english] == [
        "contacts.json: die letzte Änderung wurde beiseitegelegt (ihr Zeilenende ist beschädigt).",
        "notes.json: Datensatz 12 wurde beiseitegelegt (ein Datensatz).",
    ]


def test_an_error_crosses_a_process_with_its_template() -> None:
    """A worker process hands its UserError back pickled: the template must survive."""
    reason = message_of(FileFormatError("it is not valid JSON ({reason})", reason="x"))
    for error in (
        UserError("No contact called “{name}”.", name="Sam"),
        CorruptFileError(Path("/data/notes.json"), reason, None),
        ValidationError({"name": Message("A contact needs a name.")}),
    ):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and str(back) == str(error)
        assert (back.template, back.params) == (error.template, error.params)


def test_a_broken_user_template_is_explained_in_german(tmp_path: Path, german: None) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "note.md.j2").write_text("# Hi\n\n{% if %}\n", encoding="utf-8")
    (tmp_path / "builtin").mkdir()
    (tmp_path / "builtin" / "note.md.j2").write_text("# Hi\n", encoding="utf-8")
    result = TemplateRenderer(folder, builtin_dir=tmp_path / "builtin").render_named(
        "note.md.j2", {}
    )
    assert result.text.startswith("# Hi")
    [problem] = result.problems
    assert problem.startswith("Template ") and "line 3: syntax error (" in problem
    assert said(problem).startswith("Vorlage ") and ", Zeile 3: Syntaxfehler (" in said(problem)
    assert said(problem).endswith("Stattdessen wurde die eingebaute Vorlage verwendet.")


def test_a_count_of_records_is_worded_not_named_by_its_table(german: None) -> None:
    """What a sync conflict copy deleted: "3 Kontakte", never the store's "contacts, 3"."""
    deleted = Message("Deleted in the copy, not merged: {deleted}", deleted=RecordCount("notes", 1))
    assert str(deleted) == "Deleted in the copy, not merged: 1 note"
    assert said(deleted) == "In der Kopie gelöscht, nicht übernommen: 1 Notiz"
    many = Message(
        "Deleted in the copy, not merged: {deleted}", deleted=RecordCount("followups", 3)
    )
    assert str(many) == "Deleted in the copy, not merged: 3 follow-ups"
    assert said(many) == "In der Kopie gelöscht, nicht übernommen: 3 Follow-ups"


def test_the_gui_words_every_table_the_domain_counts() -> None:
    from netprep.domain.message import RECORD_WORDS
    from netprep.gui.words.backup_words import BackupWords

    for table in RECORD_WORDS:
        assert BackupWords().count(table, 1) != f"1 {table}"  # not the fallback
