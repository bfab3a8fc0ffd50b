"""The PySide6 user interface: the only package that imports Qt.

Every module under it loads after Qt, and shiboken then checks each new module whether it
uses PySide6: that check is made quick here, before the first of them (import_check.py).
"""

import PySide6.QtCore  # noqa: F401  (shiboken's import check exists once Qt is loaded)

from netprep.gui.import_check import quicken_pyside_import_check

quicken_pyside_import_check()
