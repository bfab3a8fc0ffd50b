"""A process death simulated at the Nth durable step (write, fsync, rename, delete, truncate).

Inside :func:`crash_at`, the Nth call of any of those OS functions does half its work (a
write writes half its bytes) and raises :class:`Crash`; every call after it raises too, as
nothing runs in a dead process. ``Crash`` is a BaseException, so no ``except OSError`` or
``except Exception`` in the code under test can swallow it and carry on writing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

STEPS = ("write", "fsync", "replace", "rename", "unlink", "ftruncate")


class Crash(BaseException):
    """The process died here."""


class StepCounter:
    def __init__(self, crash_at: int | None) -> None:
        self.crash_at = crash_at
        self.count = 0
        self.dead = False

    def wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            if self.dead:
                raise Crash(f"{name} after death")
            self.count += 1
            if self.crash_at is not None and self.count == self.crash_at:
                self.dead = True
                if name == "write":  # a torn write: half the bytes reach the file
                    fd, data = args
                    real(fd, bytes(data)[: len(data) // 2])
                raise Crash(f"killed at step {self.count} ({name})")
            return real(*args, **kwargs)

        return step


@contextmanager
def crash_at(monkeypatch: pytest.MonkeyPatch, step: int | None) -> Iterator[StepCounter]:
    """Count durable steps (``step=None``) or die at step ``step``."""
    counter = StepCounter(step)
    with monkeypatch.context() as patch:
        for name in STEPS:
            patch.setattr(os, name, counter.wrap(name, getattr(os, name)))
        yield counter
