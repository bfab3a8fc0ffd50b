"""The user's language: netprep's words from a catalog in resources/i18n, Qt's own from Qt's.

Every user-facing string in a wrapped module goes through ``self.tr("…")`` (in a widget) or
``QCoreApplication.translate("Context", "…")`` (anywhere else), the two forms
``pyside6-lupdate`` extracts. A catalog is ``resources/i18n/netprep_<language>.qm``
(``netprep_de.qm``, ``netprep_pt_BR.qm``), compiled by ``pyside6-lrelease`` from the ``.ts``
file translators edit; see resources/i18n/README.md. With no catalog for the system's
language netprep speaks English, as written in the code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from netprep.resources import resource_path

CATALOG = "netprep"


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
        (CATALOG, folder if folder is not None else catalog_folder()),
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    )
    for name, where in sources:  # ours; then Qt's own words (OK, Cancel, Yes, No…)
        translator = QTranslator(qt_app)
        if where.is_dir() and translator.load(locale, name, "_", str(where)):
            qt_app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translators(qt_app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        qt_app.removeTranslator(translator)


_DONE = "netprepTranslated"


def use_system_language(qt_app: QCoreApplication) -> None:
    """Install the system language's catalogs once per application (make_qt_app may run again)."""
    if qt_app.property(_DONE):
        return
    install_translators(qt_app)
    qt_app.setProperty(_DONE, True)
