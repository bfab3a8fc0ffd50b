"""The user's language: netprep's words from a catalog in resources/i18n, Qt's own from Qt's.

Every user-facing string in a wrapped module goes through ``self.tr("…")`` (in a widget) or
``QCoreApplication.translate("Context", "…")`` (anywhere else), the two forms
``pyside6-lupdate`` extracts. A catalog is ``resources/i18n/netprep_<language>.qm``
(``netprep_de.qm``, ``netprep_pt_BR.qm``), compiled by ``pyside6-lrelease`` from the ``.ts``
file translators edit; see resources/i18n/README.md. With no catalog for the system's
language netprep speaks English, as written in the code.

The language is the system's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` on Linux; the
preferred languages on macOS and Windows) unless ``NETPREP_LANGUAGE`` names one (``de``,
``de_DE``, ``en``): then dates and numbers follow it too.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from netprep.resources import resource_path

CATALOG = "netprep"
#: netprep_en holds only English plurals ("1 phase", "2 phases" for "%n phase(s)"): loaded
#: for English, and for a language with no catalog of its own.
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
LANGUAGE_VARIABLE = "NETPREP_LANGUAGE"


def catalog_folder() -> Path:
    return resource_path("i18n")


def install_translators(
    qt_app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load the catalogs for ``locale`` (the system's by default) that exist; return them.

    Call before the first window is built: a widget translates its words when it is made.
    """
    locale = locale if locale is not None else QLocale()
    installed: list[QTranslator] = []
    sources = (
        (CATALOG, folder if folder is not None else catalog_folder(), ENGLISH),
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), None),
    )
    for name, where, fallback in sources:  # ours; then Qt's own words (OK, Cancel, Yes, No…)
        translator = QTranslator(qt_app)
        if where.is_dir() and (
            translator.load(locale, name, "_", str(where))
            or (fallback is not None and translator.load(fallback, name, "_", str(where)))
        ):
            qt_app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translators(qt_app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        qt_app.removeTranslator(translator)


def chosen_locale(environ: Mapping[str, str]) -> QLocale | None:
    """The locale ``NETPREP_LANGUAGE`` names, or None (follow the system) when it is unset or
    names no language Qt knows."""
    wanted = environ.get(LANGUAGE_VARIABLE, "").strip()
    locale = QLocale(wanted) if wanted else None
    if locale is None or locale.language() is QLocale.Language.C:
        return None
    return locale


_DONE = "netprepTranslated"


def use_system_language(qt_app: QCoreApplication, environ: Mapping[str, str] = os.environ) -> None:
    """Install the catalogs of the user's language once per application (make_qt_app may run
    again): NETPREP_LANGUAGE's if set (dates and numbers follow it), else the system's."""
    if qt_app.property(_DONE):
        return
    chosen = chosen_locale(environ)
    if chosen is not None:
        QLocale.setDefault(chosen)
    install_translators(qt_app, chosen)
    qt_app.setProperty(_DONE, True)
