"""A user's template rendered in a worker process, with a time and a memory bound.

jinja2's sandbox refuses Python internals but not ``{% for i in range(10**9) %}`` nor a
template that builds gigabytes. A user template is therefore rendered in a child process:
killed after :data:`TIME_LIMIT_S`, limited to :data:`MEMORY_LIMIT_BYTES` of address space
(POSIX ``RLIMIT_AS``; on Windows only the time bound applies). A template that failed
that way is remembered by its file's size and modification time, so the next render
falls back at once instead of waiting again; editing the file clears it.

The worker is started through ``forkserver`` on POSIX (it never forks the GUI process
itself, whose threads a fork would copy) and ``spawn`` on Windows.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

TIME_LIMIT_S = 5.0
MEMORY_LIMIT_BYTES = 768 * 1024 * 1024

Outcome = tuple[str, int | None, str]  # (text, line, problem); problem "" when it worked
Job = Callable[..., Outcome]


class BoundedRenderer:
    """Runs ``job(*args)`` (a module-level function) in a bounded worker process."""

    def __init__(
        self,
        *,
        time_limit_s: float = TIME_LIMIT_S,
        memory_limit: int = MEMORY_LIMIT_BYTES,
    ) -> None:
        self.time_limit_s = time_limit_s
        self.memory_limit = memory_limit
        self._failed: dict[tuple[str, int, int], str] = {}

    def known_failure(self, path: Path) -> str:
        return self._failed.get(_stamp(path), "")

    def run(self, path: Path, job: Job, *args: Any) -> Outcome:
        """The job's outcome, or a problem saying which bound it hit."""
        known = self.known_failure(path)
        if known:
            return "", None, known
        method = "spawn" if sys.platform == "win32" else "forkserver"
        context: Any = multiprocessing.get_context(method)
        receive, send = context.Pipe(duplex=False)
        worker = context.Process(
            target=_work, args=(send, self.memory_limit, job, args), daemon=True
        )
        worker.start()
        send.close()
        try:
            if receive.poll(self.time_limit_s):
                try:
                    outcome: Outcome = receive.recv()
                except EOFError:  # the worker died: out of memory, most likely
                    outcome = ("", None, "it used too much memory and was stopped")
            else:
                outcome = ("", None, f"it took longer than {self.time_limit_s:g} s and was stopped")
        finally:
            receive.close()
            if worker.is_alive():
                worker.kill()
            worker.join(5)
            worker.close()
        if outcome[2] and "stopped" in outcome[2]:
            self._failed[_stamp(path)] = outcome[2]
        return outcome


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        st = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), st.st_size, st.st_mtime_ns)


def _work(send: Connection, memory_limit: int, job: Job, args: tuple[Any, ...]) -> None:
    if sys.platform != "win32":
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    try:
        outcome = job(*args)
    except MemoryError:
        outcome = ("", None, "it used too much memory and was stopped")
    send.send(outcome)
    send.close()
