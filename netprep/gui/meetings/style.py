"""The look of the Meetings page and the prep screen, on top of the app's stylesheet.

Kept beside the widgets it styles (and applied to the page, so it cascades to
its children) rather than in the global stylesheet, which other pages share. Colours are
roles and sizes relative, filled in by ``widgets/theme.py`` for the light or dark scheme.
"""

from __future__ import annotations

MEETINGS_QSS = """
QFrame#briefCard {
    background: @surface@; border: 1px solid @border@; border-radius: 12px;
}
QLabel#briefCardTitle { font-size: @fs:1.1@; font-weight: 600; color: @text@; }
QLabel#formLabel { color: @text_soft@; font-weight: 600; }
QLabel#kindLabel { color: @accent@; font-size: @fs:0.8@; font-weight: 700; letter-spacing: 1px; }
QLabel#questionNumber {
    background: @selection@; color: @on_selection@; border-radius: 12px; font-weight: 700;
    min-width: 24px; max-width: 24px; min-height: 24px; max-height: 24px;
}
QLabel#timingLabel { color: @text_faint@; }
QLabel#timingLabel[warning="true"] { color: @warn_strong@; font-weight: 600; }
QLabel#evidenceLine {
    color: @text_muted@; font-size: @fs:0.9@; background: @page@;
    border-left: 3px solid @accent_line@;
    padding: 4px 8px;
}
QLabel#templateWarning {
    background: @warn_bg@; color: @warn@; border: 1px solid @warn_border@; border-radius: 8px;
    padding: 6px 10px;
}
QToolButton#whyButton, QToolButton#swapButton, QToolButton#removeButton {
    background: transparent; border: 1px solid transparent; border-radius: 6px;
    padding: 2px 8px; color: @accent@;
}
QToolButton#whyButton:hover, QToolButton#swapButton:hover, QToolButton#removeButton:hover {
    background: @accent_soft@; border-color: @accent_line@;
}
QToolButton#whyButton:checked {
    background: @selection@; color: @on_selection@; border-color: @accent_border@;
}
QToolButton#whyButton:disabled, QToolButton#swapButton:disabled { color: @text_disabled@; }
QToolButton#swapButton { border-color: @accent_line@; }
QToolButton#swapButton::menu-indicator { image: none; width: 0; }
QToolButton#removeButton { color: @text_faint@; }
QToolButton#removeButton:hover {
    color: @error@; background: @error_bg@; border-color: @error_soft_border@;
}
QPushButton#linkButton, QPushButton#flatButton {
    background: transparent; border: none; color: @accent@; padding: 4px 6px; font-weight: 600;
}
QPushButton#linkButton:hover, QPushButton#flatButton:hover { color: @accent_hover@; }
QListWidget#meetingList::item:selected { background: @selection@; color: @on_selection@; }
QTextBrowser#briefView { padding: 14px 18px; }
QScrollBar:vertical { background: transparent; width: 10px; margin: 2px; }
QScrollBar::handle:vertical { background: @scroll@; border-radius: 4px; min-height: 32px; }
QScrollBar::handle:vertical:hover { background: @scroll_hover@; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }
QMenu { background: @surface@; color: @text@; border: 1px solid @border_strong@; padding: 4px; }
QMenu::item { padding: 6px 14px; border-radius: 4px; }
QMenu::item:selected { background: @selection@; color: @on_selection@; }
"""
