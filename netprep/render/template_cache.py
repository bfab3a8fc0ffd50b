"""The shipped templates, compiled once and kept in the user's cache between runs.

jinja2 turns a template into Python before its first render: for the brief's template that
is ~30 ms (and more for the regular expressions the first compile builds), paid by every
process on its first brief, review email or pocket card. The compiled code is kept in a
folder of the user's cache (``~/.cache/netprep/templates``) and reused while the template's
text, jinja2, Python and the way netprep sets jinja2 up stay the same; anything else
compiles afresh.

The cache is only a head start: a folder that cannot be made or written, or a damaged,
foreign or truncated file, is passed over (the template compiles as without a cache) and
never fails a render. The user's own templates are never cached: they render in a bounded
worker process of their own.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket

_log = logging.getLogger(__name__)


def settings_key(environment: Environment) -> str:
    """What the compiled code depends on besides the template's text, jinja2 and Python
    (which jinja2 checks itself): the environment's class and its syntax settings."""
    env_type = type(environment)
    settings = (
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
        bool(environment.autoescape),
        environment.optimized,
        sorted(str(e) for e in environment.extensions),
    )
    return hashlib.blake2b(repr(settings).encode(), digest_size=8).hexdigest()


class TemplateCache(FileSystemBytecodeCache):
    """jinja2's file cache in ``folder``, made when first written, never failing a render."""

    def __init__(self, folder: Path, key: str) -> None:
        super().__init__(str(folder), f"{key}-%s.jinja")
        self.folder = folder

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception as exc:  # damaged or foreign: compile afresh (and write it again)
            _log.info("template cache entry not used (%s)", exc)
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError as exc:  # unwritable or full: the next run compiles again
            _log.info("template cache not written (%s)", exc)


def use_template_cache(environment: Environment, folder: Path | None) -> None:
    """Keep ``environment``'s compiled templates in ``folder`` (None: none kept)."""
    if folder is not None:
        environment.bytecode_cache = TemplateCache(folder, settings_key(environment))


__all__ = ["TemplateCache", "settings_key", "use_template_cache"]
