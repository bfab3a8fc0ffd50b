"""The shipped templates, compiled once and kept in the user's cache between runs.

jinja2 turns a template into Python before its first render: for the brief's template that
is ~30 ms (and more for the regular expressions the first compile builds), paid by every
process on its first brief, review email or pocket card. The compiled code is kept in a
folder of the user's cache (``~/.cache/netprep/templates``) and reused while the template's
text (jinja2 checks a checksum of it), Python, jinja2, netprep and the way netprep sets
jinja2 up (its settings, filters and tests) stay the same; anything else compiles afresh.

The cache is only a head start: a folder that cannot be made or written, or a damaged,
foreign or truncated file, is passed over (the template compiles as without a cache) and
never fails a render. What it holds is code that runs, so it is read only from a folder and
files the user alone owns and may write (as jinja2's own default cache insists). The user's
own templates are never cached: they render in a bounded worker process of their own.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import stat
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from types import CodeType

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket

from netprep import __version__

_log = logging.getLogger(__name__)


def _const_text(const: object) -> str:
    """A constant as the same text in every run: nested functions by their code (never by
    their address), sets in order (their order follows the process's hash seed)."""
    if isinstance(const, CodeType):
        return _code_text(const)
    if isinstance(const, frozenset | set):
        return "{" + ",".join(sorted(_const_text(c) for c in const)) + "}"
    if isinstance(const, tuple):
        return "(" + ",".join(_const_text(c) for c in const) + ")"
    return repr(const)


def _code_text(code: CodeType) -> str:
    return code.co_code.hex() + "|" + ",".join(_const_text(c) for c in code.co_consts)


def _code_of(functions: Mapping[str, object]) -> list[tuple[str, str, str]]:
    """Each filter's or test's name, where it is defined and a digest of its code: the
    compiler checks they exist, and folds a filter over constants into the compiled code."""
    described = []
    for name, function in sorted(functions.items()):
        code = getattr(function, "__code__", None)
        digest = ""
        if isinstance(code, CodeType):
            digest = hashlib.blake2b(_code_text(code).encode(), digest_size=8).hexdigest()
        where = f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', '')}"
        described.append((name, where, digest))
    return described


def settings_key(environment: Environment) -> str:
    """Everything the compiled code depends on besides the template's text (which jinja2
    checks itself): the versions, the environment's class, syntax and settings, its filters
    and tests."""
    env_type = type(environment)
    settings = (
        sys.implementation.cache_tag,
        jinja2.__version__,
        __version__,
        f"{env_type.__module__}.{env_type.__qualname__}",
        sorted(getattr(environment, "intercepted_binops", ())),
        sorted(getattr(environment, "intercepted_unops", ())),
        environment.block_start_string,
        environment.block_end_string,
        environment.variable_start_string,
        environment.variable_end_string,
        environment.comment_start_string,
        environment.comment_end_string,
        environment.line_statement_prefix,
        environment.line_comment_prefix,
        environment.trim_blocks,
        environment.lstrip_blocks,
        environment.newline_sequence,
        environment.keep_trailing_newline,
        repr(environment.autoescape),
        repr(environment.finalize),
        environment.is_async,
        environment.optimized,
        sorted(str(e) for e in environment.extensions),
        _code_of(environment.filters),
        _code_of(environment.tests),
    )
    return hashlib.blake2b(repr(settings).encode(), digest_size=8).hexdigest()


def _only_ours(path: Path) -> bool:
    """Whether ``path`` belongs to this user and no one else may write it (POSIX)."""
    if not hasattr(os, "getuid"):
        return True
    info = path.stat()
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


#: Another key's entries (an older netprep, jinja2 or Python) are removed once untouched this
#: long, and a write a killed process left half-done after an hour: the folder never grows.
STALE_ENTRY_SECONDS = 30 * 24 * 3600
STALE_WRITE_SECONDS = 3600


class TemplateCache(FileSystemBytecodeCache):
    """jinja2's file cache in ``folder``, made when first written, never failing a render."""

    def __init__(self, folder: Path, key: str) -> None:
        super().__init__(str(folder), f"{key}-%s.jinja")
        self._key = key

    def load_bytecode(self, bucket: Bucket) -> None:
        folder = Path(self.directory)
        try:
            entry = Path(self._get_cache_filename(bucket))
            if not entry.exists():
                return
            if not (_only_ours(folder) and _only_ours(entry)):
                _log.warning("template cache %s not used: others may write to it", folder)
                return
            super().load_bytecode(bucket)
            if bucket.code is not None:  # code that this jinja2 cannot run: compile afresh
                environment = bucket.environment
                environment.template_class.from_code(environment, bucket.code, {}, None)
        except Exception as exc:  # damaged or foreign: compile afresh (and write it again)
            _log.info("template cache entry not used (%s)", exc)
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            Path(self.directory).mkdir(mode=0o700, parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
            self._sweep(time.time())  # on a write only: a compile happened, a rare event
        except OSError as exc:  # unwritable or full: the next run compiles again
            _log.info("template cache not written (%s)", exc)

    def _sweep(self, now: float) -> None:
        for path in Path(self.directory).glob("*.jinja*"):
            if path.name.startswith(f"{self._key}-") and path.suffix == ".jinja":
                continue
            stale = STALE_WRITE_SECONDS if path.suffix == ".tmp" else STALE_ENTRY_SECONDS
            with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
                if now - path.stat().st_mtime > stale:
                    path.unlink()


def use_template_cache(environment: Environment, folder: Path | None) -> None:
    """Keep ``environment``'s compiled templates in ``folder`` (None: none kept); call it
    once the environment has its filters and tests."""
    if folder is not None:
        environment.bytecode_cache = TemplateCache(folder, settings_key(environment))


__all__ = ["TemplateCache", "settings_key", "use_template_cache"]
