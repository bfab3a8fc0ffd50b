"""Characters no export should carry: NUL and other control characters, and the bidi
overrides that can make a file show text in another order than it holds (U+202E...).

Tabs and line breaks stay. Applied to every export (briefs as Markdown, HTML and PDF;
contacts as CSV and vCard) just before it is written.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def strip_unsafe_characters(text: str) -> str:
    return _UNSAFE.sub("", text)
