"""Find the files shipped in `resources/`, from a checkout or an installed wheel.

In a checkout they live in `<repo>/resources`; the wheel carries the same folder
as `netprep/resources` (see `force-include` in pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder holding templates, the default agenda, demo data and icons."""
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("netprep's resources folder is missing; the installation is incomplete")


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource, e.g. ``resource_path("templates", "brief.md.j2")``."""
    return resources_dir().joinpath(*parts)
