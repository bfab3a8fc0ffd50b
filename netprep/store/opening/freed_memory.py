"""Handing memory freed while a folder opened back to the system.

Opening 30,000 contacts and 100,000 notes allocates and frees a few hundred thousand
short-lived objects (parsed documents, slices of the files, columns of offsets) between
the ones the store keeps. glibc's allocator keeps the pages they were in, so the app
stays ~7 MiB larger than what it holds. ``malloc_trim`` returns them (a few ms). Only
glibc (Linux) has it; elsewhere this does nothing.
"""

from __future__ import annotations

import ctypes
import sys


def return_freed_memory() -> bool:
    """Give freed heap pages back to the system; whether the C library could."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return False
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    trim(0)
    return True
