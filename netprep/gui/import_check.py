"""PySide6 checks every module imported after it whether the module uses PySide6, by reading
its source through ``inspect.getsource`` (linecache, tokenize): at start-up ~380 modules load
after Qt (the data, the services, the pages), and that check took 95-110 ms of it (timed
inside the check; a demo launch used ~40 ms less CPU with the quick one).

:func:`quicken_pyside_import_check` gives shiboken the same answer - does the module's source
file hold the word "PySide6" - from the file's bytes. Anything else (a builtin, an extension,
a module without a ``.py`` file) still goes to shiboken's own check. If a PySide6 release
moves or renames the check, nothing is changed and imports are only slower.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"


def quicken_pyside_import_check() -> bool:
    """Install the quick check (once; call after PySide6 is imported); True if it is in place."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "quick", False):
        return True
    setattr(feature, CHECK, quick_check(original))
    return True


def quick_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.quick = True  # type: ignore[attr-defined]
    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    return uses_pyside
