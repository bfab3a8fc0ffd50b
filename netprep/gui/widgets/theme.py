"""The app's colours, light and dark, following the system's colour scheme and font size.

Stylesheets name colours by role (``@text@``, ``@surface@``, ``@accent@``…) and sizes relative
to the user's font (``@fs:1.7@`` is 1.7 times the application font), never as fixed values.
:func:`apply_theme` fills them in for the scheme in force, sets the matching palette (menus,
dialogs and message boxes draw from it) and does it again when the system switches between
light and dark. Widgets with a stylesheet of their own use :func:`style_widget`, which
re-renders theirs on the same switch.

``NETPREP_THEME=light|dark`` overrides the system (for screenshots and for people who want
one or the other).
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from netprep.resources import resource_path

THEME_ENV = "NETPREP_THEME"
_SCHEME_PROPERTY = "netprepColourScheme"

LIGHT: dict[str, str] = {
    "page": "#f8fafc",
    "surface": "#ffffff",
    "paper": "#ffffff",
    "on_paper": "#0f172a",
    "surface_alt": "#f1f5f9",
    "text": "#0f172a",
    "text_soft": "#334155",
    "text_muted": "#475569",
    "text_faint": "#64748b",
    "text_disabled": "#94a3b8",
    "border": "#e2e8f0",
    "border_strong": "#cbd5e1",
    "accent": "#0f766e",
    "accent_hover": "#115e59",
    "accent_fill": "#0f766e",
    "on_accent": "#ffffff",
    "selection": "#ccfbf1",
    "on_selection": "#0f172a",
    "accent_soft": "#f0fdfa",
    "accent_line": "#99f6e4",
    "accent_border": "#5eead4",
    "sidebar": "#0f172a",
    "sidebar_text": "#cbd5e1",
    "sidebar_hover": "#1e293b",
    "sidebar_strong": "#f1f5f9",
    "sidebar_muted": "#94a3b8",
    "error": "#b91c1c",
    "error_bg": "#fef2f2",
    "error_border": "#dc2626",
    "error_soft_border": "#fecaca",
    "warn": "#92400e",
    "warn_strong": "#b45309",
    "warn_bg": "#fef3c7",
    "warn_border": "#fcd34d",
    "hint_bg": "#ecfeff",
    "hint_border": "#a5f3fc",
    "tooltip": "#0f172a",
    "on_tooltip": "#f8fafc",
    "scroll": "#cbd5e1",
    "scroll_hover": "#94a3b8",
}

DARK: dict[str, str] = {
    "page": "#0f172a",
    "surface": "#1e293b",
    "paper": "#ffffff",  # briefs and notes are documents: shown as the page they print on
    "on_paper": "#0f172a",
    "surface_alt": "#273449",
    "text": "#e2e8f0",
    "text_soft": "#cbd5e1",
    "text_muted": "#b6c2d2",
    "text_faint": "#9aa8bb",
    "text_disabled": "#64748b",
    "border": "#334155",
    "border_strong": "#475569",
    "accent": "#5eead4",
    "accent_hover": "#99f6e4",
    "accent_fill": "#0f766e",
    "on_accent": "#ffffff",
    "selection": "#134e4a",
    "on_selection": "#f0fdfa",
    "accent_soft": "#12302e",
    "accent_line": "#14b8a6",
    "accent_border": "#2dd4bf",
    "sidebar": "#020617",
    "sidebar_text": "#cbd5e1",
    "sidebar_hover": "#1e293b",
    "sidebar_strong": "#f1f5f9",
    "sidebar_muted": "#94a3b8",
    "error": "#fca5a5",
    "error_bg": "#3b1114",
    "error_border": "#f87171",
    "error_soft_border": "#7f1d1d",
    "warn": "#fde68a",
    "warn_strong": "#fbbf24",
    "warn_bg": "#3a2a0a",
    "warn_border": "#b45309",
    "hint_bg": "#0b3040",
    "hint_border": "#155e75",
    "tooltip": "#e2e8f0",
    "on_tooltip": "#0f172a",
    "scroll": "#475569",
    "scroll_hover": "#64748b",
}

SCHEMES = {"light": LIGHT, "dark": DARK}

#: Text drawn on a background, by role: each pair must meet WCAG AA (4.5:1) in both schemes.
TEXT_ON_BACKGROUND = [
    ("text", "page"),
    ("text", "surface"),
    ("on_paper", "paper"),
    ("text", "surface_alt"),
    ("text_soft", "surface"),
    ("text_muted", "page"),
    ("text_muted", "surface"),
    ("text_faint", "page"),
    ("text_faint", "surface"),
    ("accent", "page"),
    ("accent", "surface"),
    ("accent", "accent_soft"),
    ("on_accent", "accent_fill"),
    ("on_selection", "selection"),
    ("sidebar_text", "sidebar"),
    ("sidebar_strong", "sidebar"),
    ("sidebar_muted", "sidebar"),
    ("on_accent", "accent_fill"),
    ("error", "surface"),
    ("error", "error_bg"),
    ("warn", "warn_bg"),
    ("warn_strong", "surface"),
    ("text", "hint_bg"),
    ("on_tooltip", "tooltip"),
]

_TOKEN = re.compile(r"@([a-z_]+)@")
_FONT_SIZE = re.compile(r"@fs:([0-9.]+)@")


def relative_luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two colours, 1.0 to 21.0."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def scheme_name(qt_app: QGuiApplication | None = None) -> str:
    """ "dark" or "light": NETPREP_THEME if set, else the system's scheme (light if unknown)."""
    chosen = os.environ.get(THEME_ENV, "").strip().lower()
    if chosen in SCHEMES:
        return chosen
    app = qt_app or QGuiApplication.instance()
    dark = Qt.ColorScheme.Dark
    if isinstance(app, QGuiApplication) and app.styleHints().colorScheme() == dark:
        return "dark"
    return "light"


def render(qss: str, scheme: str, base_point_size: float) -> str:
    """Fill colour roles and relative font sizes into a stylesheet."""
    colours = SCHEMES[scheme]

    def colour(match: re.Match[str]) -> str:
        return colours.get(match.group(1), match.group(0))

    def size(match: re.Match[str]) -> str:
        return f"{base_point_size * float(match.group(1)):.1f}pt"

    icons = resource_path("icons").as_posix()
    return _TOKEN.sub(colour, _FONT_SIZE.sub(size, qss.replace("@ICONS@", icons)))


def palette_for(scheme: str) -> QPalette:
    c = {name: QColor(value) for name, value in SCHEMES[scheme].items()}
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    for r, name in (
        (role.Window, "page"),
        (role.WindowText, "text"),
        (role.Base, "surface"),
        (role.AlternateBase, "surface_alt"),
        (role.Text, "text"),
        (role.Button, "surface"),
        (role.ButtonText, "text"),
        (role.BrightText, "on_accent"),
        (role.Highlight, "selection"),
        (role.HighlightedText, "on_selection"),
        (role.ToolTipBase, "tooltip"),
        (role.ToolTipText, "on_tooltip"),
        (role.PlaceholderText, "text_faint"),
        (role.Link, "accent"),
        (role.LinkVisited, "accent_hover"),
        (role.Mid, "border_strong"),
        (role.Midlight, "border"),
        (role.Dark, "border_strong"),
        (role.Shadow, "border_strong"),
    ):
        palette.setColor(r, c[name])
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, c["text_disabled"])
    return palette


def application_font_size(qt_app: QGuiApplication) -> float:
    size = qt_app.font().pointSizeF()
    return size if size > 0 else 10.0


def apply_theme(qt_app: QApplication) -> None:
    """Palette and stylesheet for the scheme in force; again whenever the system switches."""
    _apply(qt_app)
    if not qt_app.property("netprepThemeFollows"):
        qt_app.setProperty("netprepThemeFollows", True)
        qt_app.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply(qt_app))


def _apply(qt_app: QApplication) -> None:
    scheme = scheme_name(qt_app)
    qt_app.setProperty(_SCHEME_PROPERTY, scheme)
    qt_app.setPalette(palette_for(scheme))
    sheet = resource_path("style.qss").read_text(encoding="utf-8")
    qt_app.setStyleSheet(render(sheet, scheme, application_font_size(qt_app)))


def current_scheme() -> str:
    app = QApplication.instance()
    value = app.property(_SCHEME_PROPERTY) if app is not None else None
    return value if value in SCHEMES else scheme_name()


class _Restyler(QObject):
    """Re-renders one widget's own stylesheet when the application's palette changes."""

    def __init__(self, widget: QWidget, qss: str) -> None:
        super().__init__(widget)
        self._qss = qss
        self._scheme = ""
        self.restyle(widget)

    def restyle(self, widget: QWidget) -> None:
        scheme = current_scheme()
        if scheme == self._scheme:
            return
        self._scheme = scheme
        app = QGuiApplication.instance()
        base = application_font_size(app) if isinstance(app, QGuiApplication) else 10.0
        widget.setStyleSheet(render(self._qss, scheme, base))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            self.restyle(watched)
        return False


def style_widget(widget: QWidget, qss: str) -> None:
    """Give a widget its own themed stylesheet, kept in step with light/dark switches."""
    widget.installEventFilter(_Restyler(widget, qss))
