"""The look of the Meetings page and the prep screen, on top of the app's stylesheet.

Kept beside the widgets it styles (and applied to the page, so it cascades to
its children) rather than in the global stylesheet, which other pages share.
"""

from __future__ import annotations

MEETINGS_QSS = """
QFrame#briefCard {
    background: #ffffff; border: 1px solid #e2e8f0; border-radius: 12px;
}
QLabel#briefCardTitle { font-size: 11pt; font-weight: 600; color: #0f172a; }
QLabel#formLabel { color: #334155; font-weight: 600; }
QLabel#kindLabel { color: #0f766e; font-size: 8pt; font-weight: 700; letter-spacing: 1px; }
QLabel#questionNumber {
    background: #ccfbf1; color: #115e59; border-radius: 12px; font-weight: 700;
    min-width: 24px; max-width: 24px; min-height: 24px; max-height: 24px;
}
QLabel#timingLabel { color: #64748b; }
QLabel#timingLabel[warning="true"] { color: #b45309; font-weight: 600; }
QLabel#evidenceLine {
    color: #475569; font-size: 9pt; background: #f8fafc; border-left: 3px solid #99f6e4;
    padding: 4px 8px;
}
QLabel#templateWarning {
    background: #fef3c7; color: #92400e; border: 1px solid #fcd34d; border-radius: 8px;
    padding: 6px 10px;
}
QToolButton#whyButton, QToolButton#swapButton, QToolButton#removeButton {
    background: transparent; border: 1px solid transparent; border-radius: 6px;
    padding: 2px 8px; color: #0f766e;
}
QToolButton#whyButton:hover, QToolButton#swapButton:hover, QToolButton#removeButton:hover {
    background: #f0fdfa; border-color: #99f6e4;
}
QToolButton#whyButton:checked { background: #ccfbf1; border-color: #5eead4; }
QToolButton#whyButton:disabled, QToolButton#swapButton:disabled { color: #cbd5e1; }
QToolButton#swapButton { border-color: #99f6e4; }
QToolButton#swapButton::menu-indicator { image: none; width: 0; }
QToolButton#removeButton { color: #94a3b8; }
QToolButton#removeButton:hover { color: #b91c1c; background: #fef2f2; border-color: #fecaca; }
QPushButton#linkButton, QPushButton#flatButton {
    background: transparent; border: none; color: #0f766e; padding: 4px 6px; font-weight: 600;
}
QPushButton#linkButton:hover, QPushButton#flatButton:hover { color: #115e59; }
QListWidget#meetingList::item:selected { background: #ccfbf1; color: #0f172a; }
QTextBrowser#briefView { padding: 14px 18px; }
QScrollBar:vertical { background: transparent; width: 10px; margin: 2px; }
QScrollBar::handle:vertical { background: #cbd5e1; border-radius: 4px; min-height: 32px; }
QScrollBar::handle:vertical:hover { background: #94a3b8; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }
QMenu { background: #ffffff; border: 1px solid #cbd5e1; padding: 4px; }
QMenu::item { padding: 6px 14px; border-radius: 4px; }
QMenu::item:selected { background: #ccfbf1; color: #0f172a; }
"""
