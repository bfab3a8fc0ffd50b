"""The Contacts page at scale: it shows at once and fills in, builds the contact's tabs when
first needed, and a save redraws one row without reading the contact's notes and meetings
again. (Speed is measured by benchmarks/contacts_benchmark.py; these pin the behaviour.)"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QLineEdit, QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.contacts import page as page_module
from netprep.gui.contacts.listing.note_search import sorted_in_slices
from netprep.gui.contacts.listing.prepare import BackgroundPrepare, PreparedContacts
from netprep.gui.contacts.page import ContactsPage
from netprep.gui.widgets.item_roles import SUBTITLE_ROLE
from netprep.gui.widgets.ref_choices import RefChoices
from netprep.gui.widgets.two_line_delegate import TwoLineDelegate
from tests.gui.helpers import DialogAnswers, make_window, type_into


def names(page: ContactsPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_many_contacts_are_prepared_on_a_worker_and_the_page_fills_in(
    qtbot: QtBot, demo_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_module, "PREPARE_AHEAD_FROM", 1)  # the demo counts as "many"
    everyone = [c.name for c in demo_app.contacts.all()]
    elena = next(c for c in demo_app.contacts.all() if c.name == "Elena Vasquez")
    page = ContactsPage(demo_app)
    qtbot.addWidget(page)
    assert page.loading and page.proxy.rowCount() == 0  # shown before the contacts are in
    assert page.count_label.text() == "Loading contacts…"
    assert not page.select_contact(elena.id)  # asked for while loading: selected once in
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert names(page) == everyone
    assert page.count_label.text() == f"{len(everyone)} contacts"
    assert page.current is not None and page.current.id == elena.id
    assert page.list.currentIndex().data() == "Elena Vasquez"
    page.search.setText("vasq")  # search works on what was prepared
    assert names(page) == ["Elena Vasquez"]


def test_a_save_while_the_contacts_are_prepared_is_read_again(qtbot: QtBot) -> None:
    gate, reads = threading.Event(), list[int]()
    people = [Contact(name="Ann Cole"), Contact(name="Bob Dale")]

    def read() -> list[Contact]:
        reads.append(len(reads))
        if len(reads) == 1:
            gate.wait(10)  # the first read is under way while the user saves
        return list(people)

    preparing = BackgroundPrepare(read)
    got: list[PreparedContacts] = []
    choices: list[RefChoices] = []
    preparing.ready.connect(got.append)
    preparing.ready.connect(lambda _prepared: preparing.go_on())  # the page: list painted
    preparing.referrers_ready.connect(choices.append)
    preparing.start()
    people.append(Contact(name="Abe Saved"))  # saved meanwhile
    preparing.changed()
    gate.set()
    # What it read, then read again; each list's "Referred by" choices after it.
    qtbot.waitUntil(lambda: len(choices) == 2 and not preparing.running, timeout=10_000)
    assert len(reads) == 2 and len(got) == 2
    assert [c.name for c in got[-1].contacts] == ["Abe Saved", "Ann Cole", "Bob Dale"]
    assert got[-1].referrers is None  # worked out after the list, handed over apart
    assert choices[-1].shown == ["Abe Saved", "Ann Cole", "Bob Dale"]


def test_the_list_is_prepared_as_one_sort_of_the_folded_names_would(qtbot: QtBot) -> None:
    people = [
        Contact(name=name, company=f"Co {n}", tags=[f"t{n}"])
        for n, name in enumerate(["bo", "Ann", "Émile", "ann", "Bo", "Ann", "Zoë", "ß", "ss"])
    ]
    prepared = PreparedContacts.build(people)
    expected = [c for _, _, c in sorted((c.name.casefold(), n, c) for n, c in enumerate(people))]
    assert prepared.contacts == expected  # namesakes keep the order they were read in
    assert prepared.ids == [c.id for c in expected]
    assert prepared.folded == [c.name.casefold() for c in expected]
    assert prepared.search == [c.search_text() for c in expected]
    assert prepared.by_id == {c.id: c for c in expected}
    assert prepared.referrers is not None and len(prepared.referrers.shown) == len(people)
    assert PreparedContacts.build(people, referrers=False).referrers is None


def test_each_worker_waits_for_the_paint_before_it(
    qtbot: QtBot, demo_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Python thread running while Qt paints makes each Python call of the paint wait for
    the interpreter lock (the first show took 0.2-0.4 s at 30,000 contacts, not ~40 ms):
    the page paints, then the contacts are prepared; the list paints, then the "Referred
    by" choices are worked out and the notes indexed."""
    monkeypatch.setattr(page_module, "PREPARE_AHEAD_FROM", 1)
    events: list[str] = []
    page = ContactsPage(demo_app)
    qtbot.addWidget(page)
    page.list.painted.connect(lambda: events.append("paint"))
    page.preparing.ready.connect(lambda _p: events.append("listed"))
    page.preparing.referrers_ready.connect(lambda _r: events.append("choices"))
    starting = page.note_search.start

    def start_notes() -> None:
        events.append("notes")
        starting()

    monkeypatch.setattr(page.note_search, "start", start_notes)
    page.resize(900, 700)
    page.show()
    assert not page.preparing.running  # not while the page is shown and painted
    qtbot.waitUntil(lambda: "choices" in events and page.note_search.index is not None)
    assert events.index("paint") < events.index("listed")
    painted_after = events.index("paint", events.index("listed"))
    assert painted_after < events.index("notes") and painted_after < events.index("choices")
    assert page.count_label.text() == f"{len(demo_app.contacts.all())} contacts"


def test_a_page_that_is_not_shown_fills_in_all_the_same(
    qtbot: QtBot, demo_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_module, "PREPARE_AHEAD_FROM", 1)
    page = ContactsPage(demo_app)  # built, never painted: the workers start after 0.1 s
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.note_search.index is not None and page._referrers is not None)
    assert page.proxy.rowCount() == len(demo_app.contacts.all())


def test_the_contacts_tabs_are_built_when_a_contact_is_first_shown(
    qtbot: QtBot, demo_app: App
) -> None:
    page = ContactsPage(demo_app)
    qtbot.addWidget(page)
    assert page.detail.built is None  # the form and the notes cost ~0.3 s of the page's start
    assert page.confirm_discard()  # nothing open: nothing to ask, nothing built
    assert page.detail.built is None
    page.select_contact(demo_app.contacts.all()[0].id)
    assert page.detail.built is not None
    name = page.form.editor("name")
    assert isinstance(name, QLineEdit) and name.text() == demo_app.contacts.all()[0].name


def test_a_save_redraws_one_row_and_reads_neither_notes_nor_meetings_again(
    qtbot: QtBot,
    demo_app: App,
    tmp_path: Path,
    dialogs: DialogAnswers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    elena = next(c for c in demo_app.contacts.all() if c.name == "Elena Vasquez")
    window.open_contact(elena.id)
    resets: list[int] = []
    page.proxy.modelReset.connect(lambda: resets.append(1))
    read = demo_app.referrals.suggested_by
    asked: list[str] = []

    def counting(contact_id: str) -> object:
        asked.append(contact_id)
        return read(contact_id)

    monkeypatch.setattr(demo_app.referrals, "suggested_by", counting)
    type_into(qtbot, page.form.editor("role"), "Chief Nursing Officer")
    window.commands["save"].trigger()
    assert resets == [] and asked == []  # one row drawn again; the panels as they were
    row = page.proxy.row_of(elena.id)
    assert "Chief Nursing Officer" in page.proxy.index(row, 0).data(SUBTITLE_ROLE)
    assert page.list.currentIndex().data() == "Elena Vasquez"
    type_into(qtbot, page.form.editor("name"), "Aalia Vasquez")  # moves: the list is redone
    window.commands["save"].trigger()
    assert resets and names(page)[0] == "Aalia Vasquez"
    assert page.list.currentIndex().data() == "Aalia Vasquez"
    window.open_contact(demo_app.contacts.all()[-1].id)  # another contact: read as before
    assert asked


def test_slices_sort_as_one_sort_does() -> None:
    items = [(f"n{(n * 7919) % 1000:04}", n) for n in range(1000)]
    assert sorted_in_slices(items, size=64) == sorted(items)
    assert sorted_in_slices([], size=64) == []


def test_list_rows_keep_their_laid_out_lines_until_the_width_changes(qtbot: QtBot) -> None:
    view = QListView()
    qtbot.addWidget(view)
    delegate = TwoLineDelegate(SUBTITLE_ROLE, view)
    title = "Grace Adeyemi-Okonkwo, Director of Population Health Analytics"
    option = QStyleOptionViewItem()
    option.initFrom(view)
    metrics = QFontMetrics(option.font)
    narrow = delegate._line(title, metrics, 80, True)
    assert delegate._line(title, metrics, 80, True) is narrow  # laid out once
    assert narrow.text().endswith("…") and len(narrow.text()) < len(title)
    wide = delegate._line(title, metrics, 2000, True)
    assert wide is not narrow and wide.text() == title
    image = QImage(QSize(300, 60), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    option.rect = image.rect()
    delegate.paint(painter, option, QModelIndex())  # no data: blank lines, no error
    painter.end()


@pytest.mark.parametrize(
    "module",
    [
        "netprep.gui.meetings.record_view",  # the HTML view and print support (~0.1 s)
        "netprep.gui.widgets.record_form",  # the contact's tabs: built when first shown
        "netprep.gui.contacts.notes_panel",
        "netprep.gui.followups.touch_dialog",  # "Log a touch…": opened when asked
    ],
)
def test_opening_the_contacts_page_imports_what_it_shows_first_only(module: str) -> None:
    """Each module imported on the way to the page's first show is part of its freeze
    (~6 ms for the record form, ~0.1 s for the meeting record view): the rest comes when
    first used (or is imported ahead on a worker once the contacts are in)."""
    code = f"import sys, netprep.gui.contacts.page; print('{module}' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_a_new_count_under_the_list_does_not_lay_the_page_out_again(
    qtbot: QtBot, demo_app: App
) -> None:
    """Each keystroke changes the count ("3 of 9 contacts"): a label free to change size
    lays out the whole page again (2-4 ms of every keystroke at 30,000 contacts)."""
    page = ContactsPage(demo_app)
    qtbot.addWidget(page)
    page.resize(1000, 900)  # every row fits: no scroll bar comes and goes
    page.show()
    qtbot.waitExposed(page)
    requests: list[int] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                requests.append(1)
            return False

    page.search.setText("a")  # the search field's clear button appears: a layout, once
    for _turn in range(5):  # ... passed up one level per turn of the event loop
        QCoreApplication.processEvents()
    watch = Watch(page)
    page.installEventFilter(watch)
    for text in ("ar", "el", "a", "elena"):  # four different counts
        page.search.setText(text)
        QCoreApplication.processEvents()
    assert requests == []
    assert page.count_label.text() == f"1 of {demo_app.contacts.count()} contacts"
    assert page.count_label.visibleRegion().boundingRect().width() > 50  # shown, clipped


def test_the_notes_editor_imports_no_template_engine() -> None:
    """The first contact shown builds the notes editor: its Markdown view must not bring
    jinja2 through the PDF writer (~0.3 s of that first click at 30,000 contacts)."""
    code = "import sys, netprep.gui.contacts.notes_panel; print('jinja2' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_a_contact_without_role_or_company_has_a_second_line_that_says_who_they_are(
    qtbot: QtBot, demo_app: App, tmp_path: Path
) -> None:
    """Marcus and Priya (added from Elena's referrals) had an empty second line."""
    demo_app.store.contacts.save(
        Contact(name="Marcus Webb", how_we_met="Referred by Elena Vasquez: ex-theatre nurse")
    )
    demo_app.store.contacts.save(Contact(name="Ola Berg", emails=["ola@example.org"]))
    window = make_window(qtbot, demo_app, tmp_path)
    window.show_section("contacts")
    page = window.contacts_page
    qtbot.waitUntil(lambda: page.proxy.rowCount() == len(demo_app.contacts.all()))
    lines = {
        page.proxy.index(row, 0).data(): page.proxy.index(row, 0).data(SUBTITLE_ROLE)
        for row in range(page.proxy.rowCount())
    }
    assert all(lines.values()), lines
    assert lines["Marcus Webb"] == "Referred by Elena Vasquez: ex-theatre nurse"
    assert lines["Ola Berg"] == "ola@example.org"
    assert lines["Daniel Mensah"] == "Senior Product Manager · Wardline Health"
