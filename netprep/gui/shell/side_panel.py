"""The dark side panel: the brand, its tag line, and the sections (or a blank while opening).

Below ``COMPACT_BELOW`` pixels of window width the panel keeps only the sections' icons
(each row's name stays its tooltip and its accessible name): in a narrow window the full
panel took 200 px, a contact's form scrolled sideways and German buttons lost letters.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

PANEL_WIDTH = 200
COMPACT_WIDTH = 64  # the list's side padding, an item's padding and its 20 px icon
COMPACT_BELOW = 1000  # window widths below this get the compact panel


def window_title(*, demo: bool) -> str:
    """The main window's title. Linux and Windows add " — netprep" (the display name) to a
    title that does not end with it: "netprep — demo data" read "netprep — demo data — netprep"."""
    return QCoreApplication.translate("SidePanel", "Demo data — netprep") if demo else "netprep"


class SidePanel(QWidget):
    """The panel both the start-up frame and the main window show, so they match exactly."""

    def __init__(self, sections: QListWidget | None = None) -> None:
        super().__init__()
        self.setObjectName("sidebarPanel")
        self.brand = QLabel("netprep")
        self.brand.setObjectName("brand")
        self.tag = QLabel(QCoreApplication.translate("SidePanel", "20-minute networking meetings"))
        self.tag.setObjectName("brandTag")
        self.tag.setWordWrap(True)
        self.sections = sections
        side = QVBoxLayout(self)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(self.brand)
        side.addWidget(self.tag)
        if sections is None:
            side.addStretch(1)
        else:
            sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            side.addWidget(sections, 1)
        self.compact = False
        self._show(compact=False)

    def fit_window(self, width: int) -> None:
        """Full in a window ``width`` pixels wide, or icons only in a narrow one."""
        compact = width < COMPACT_BELOW
        if compact != self.compact:
            self._show(compact=compact)

    def _show(self, *, compact: bool) -> None:
        self.compact = compact
        width = COMPACT_WIDTH if compact else PANEL_WIDTH
        self.setFixedWidth(width)
        self.brand.setVisible(not compact)
        self.tag.setVisible(not compact)
        if self.sections is None:
            return
        self.sections.setFixedWidth(width)
        role = Qt.ItemDataRole
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            title = item.data(role.AccessibleTextRole) or item.text()
            item.setData(role.AccessibleTextRole, title)  # what a screen reader says, always
            item.setText("" if compact else title)
            item.setToolTip(title if compact else "")
