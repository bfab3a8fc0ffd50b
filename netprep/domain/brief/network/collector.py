"""Holding off Python's cycle collector while thousands of contacts are read at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(pause: bool) -> Iterator[None]:
    """Reading a large network creates hundreds of thousands of small objects that all
    stay alive; the collector would walk the whole heap again and again meanwhile (a
    third of the first build's time). Nothing read here forms a reference cycle, and
    the collector is switched back on at the end, as it was found.
    """
    was_on = pause and gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
