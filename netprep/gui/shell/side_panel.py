"""The dark side panel: the brand, its tag line, and the sections (or a blank while opening)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

PANEL_WIDTH = 200


def window_title(*, demo: bool) -> str:
    """The main window's title. Linux and Windows add " — netprep" (the display name) to a
    title that does not end with it: "netprep — demo data" read "netprep — demo data — netprep"."""
    return QCoreApplication.translate("SidePanel", "Demo data — netprep") if demo else "netprep"


def side_panel(sections: QWidget | None = None) -> QWidget:
    """The panel both the start-up frame and the main window show, so they match exactly."""
    brand = QLabel("netprep")
    brand.setObjectName("brand")
    tag = QLabel(QCoreApplication.translate("SidePanel", "20-minute networking meetings"))
    tag.setObjectName("brandTag")
    tag.setWordWrap(True)
    side = QVBoxLayout()
    side.setContentsMargins(0, 0, 0, 0)
    side.setSpacing(0)
    side.addWidget(brand)
    side.addWidget(tag)
    if sections is None:
        side.addStretch(1)
    else:
        side.addWidget(sections, 1)
    panel = QWidget()
    panel.setObjectName("sidebarPanel")
    panel.setLayout(side)
    panel.setFixedWidth(PANEL_WIDTH)
    return panel
