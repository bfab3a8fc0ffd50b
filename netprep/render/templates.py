"""Brief templates: the shipped ones, and the user's own overriding them by file name.

Every template — shipped or the user's — runs in jinja2's immutable sandbox
with StrictUndefined, so a template can neither reach Python internals nor
silently print nothing for a misspelt name. A user template that fails in any
way (syntax, undefined name, sandbox refusal, any error while rendering) is
replaced by the shipped one, and the user gets one clear sentence naming the
file and line instead of a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from netprep.domain.brief.model import Brief
from netprep.domain.message import Grouped, Message
from netprep.render.brief_view import BriefContext, build_view
from netprep.render.html_page import html_document
from netprep.render.markdown_html import markdown_to_safe_html
from netprep.render.markdown_text import escape_markdown, escape_markdown_cell
from netprep.render.template_cache import use_template_cache
from netprep.resources import resource_path

if TYPE_CHECKING:
    from netprep.render.bounded_render import BoundedRenderer, Outcome

BRIEF_TEMPLATE = "brief.md.j2"
POCKET_TEMPLATE = "pocket_card.md.j2"
#: User templates may extend or include a shipped one as "builtin/<name>".
BUILTIN_PREFIX = "builtin"

_MODULE_PATH = re.compile(r"\b(?:[a-z_][a-z0-9_]*\.)+(?=[A-Z])")
_MAX_OUTPUT_CHARS = 1_000_000
_MAX_REPEAT_CHARS = 100_000
_MAX_POWER_BITS = 4096


@dataclass(frozen=True)
class TemplateProblem:
    """Why a user template was not used, in words the user can act on."""

    template: str  # the file, as the user would find it
    line: int | None
    reason: str

    @property
    def message(self) -> str:
        if self.line:
            return Message(
                "Template {template}, line {line}: {reason}. The built-in template was used "
                "instead.",
                template=self.template,
                line=self.line,
                reason=self.reason,
            )
        return Message(
            "Template {template}: {reason}. The built-in template was used instead.",
            template=self.template,
            reason=self.reason,
        )

    def __str__(self) -> str:
        return self.message


@dataclass
class RenderResult:
    text: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class _BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, also refusing the one-liners that would eat all memory."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if (
            op == "**"
            and isinstance(right, int)
            and isinstance(left, int)
            and right > 0
            and abs(left).bit_length() * right > _MAX_POWER_BITS
        ):
            raise SecurityError("numbers that large are not allowed in templates")
        if op == "*":
            for seq, count in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(count, int)
                    and len(seq) * count > _MAX_REPEAT_CHARS
                ):
                    raise SecurityError("repeating text or lists that many times is not allowed")
        return super().call_binop(context, op, left, right)


def _make_environment(loader: BaseLoader) -> ImmutableSandboxedEnvironment:
    env = _BoundedSandbox(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=False,  # Markdown output: HTML escaping would write &#39; into the export
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,
    )
    env.filters["md"] = escape_markdown
    env.filters["md_cell"] = escape_markdown_cell
    return env


def _template_line(tb: TracebackType | None, filename: str | None) -> int | None:
    """The template line a render error came from (jinja rewrites frames to the template)."""
    line = None
    while tb is not None:
        if filename and tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _plain(exc: BaseException) -> str:
    """The exception's message without Python module paths or a trailing full stop."""
    return _MODULE_PATH.sub("", str(exc)).rstrip(".")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, SecurityError):
        return Message("refused by the template sandbox ({reason})", reason=_plain(exc))
    if isinstance(exc, UndefinedError):
        return Message("uses something that does not exist ({reason})", reason=_plain(exc))
    if isinstance(exc, TemplateSyntaxError):
        return Message("syntax error ({reason})", reason=exc.message)
    if isinstance(exc, TemplateNotFound):
        return Message("cannot find the template {name!r} it includes or extends", name=exc.name)
    if isinstance(exc, TemplateError):
        return Message("template error ({reason})", reason=exc.message or type(exc).__name__)
    if isinstance(exc, UnicodeDecodeError):
        return Message("the file is not UTF-8 text")
    if isinstance(exc, MemoryError):
        return Message("it used too much memory and was stopped")
    return Message(
        "failed while rendering ({kind}: {reason})", kind=type(exc).__name__, reason=_plain(exc)
    )


class TemplateRenderer:
    """Renders briefs to Markdown and to print-ready HTML.

    ``user_dir`` is the data folder's ``templates/``; a file there with the
    same name as a shipped template replaces it. ``compiled_cache``: a folder of the user's
    cache where the shipped templates are kept compiled between runs (render/template_cache).
    """

    def __init__(
        self,
        user_dir: Path | None = None,
        *,
        builtin_dir: Path | None = None,
        compiled_cache: Path | None = None,
    ) -> None:
        self._builtin_dir = builtin_dir or resource_path("templates")
        self._user_dir = user_dir
        # The user's templates run in the bounded worker, in an environment of their own
        # (_render_user_template), never in this one nor from its compiled cache.
        self._builtin_env = _make_environment(FileSystemLoader(str(self._builtin_dir)))
        use_template_cache(self._builtin_env, compiled_cache)

    @cached_property
    def _bounds(self) -> BoundedRenderer:
        """The user's templates' worker, made (and multiprocessing imported) on the first."""
        from netprep.render.bounded_render import BoundedRenderer

        return BoundedRenderer()

    def user_template_path(self, name: str) -> Path | None:
        if self._user_dir is None:
            return None
        candidate = self._user_dir / name
        return candidate if candidate.is_file() else None

    def template_stamp(self, name: str) -> tuple[int, int] | None:
        """The user's template file's size and modification time (None: there is none), so a
        remembered render is redone when the user edits, adds or removes the file."""
        path = self.user_template_path(name)
        if path is None:
            return None
        try:
            st = path.stat()
        except OSError:
            return None
        return (st.st_size, st.st_mtime_ns)

    def render_markdown(
        self, brief: Brief, context: BriefContext, template: str = BRIEF_TEMPLATE
    ) -> RenderResult:
        return self.render_named(template, build_view(brief, context).as_template_vars())

    def render_named(self, template: str, variables: dict[str, object]) -> RenderResult:
        """Any template by file name (the user's copy first, else the shipped one), in the
        sandbox; e.g. the weekly review's email."""
        problems: list[str] = []
        user_path = self.user_template_path(template)
        if user_path is not None and self._user_dir is not None:
            text, line, reason = self._bounds.run(  # a time and memory bound (bounded_render)
                user_path,
                _render_user_template,
                self._user_dir,
                self._builtin_dir,
                template,
                variables,
                str(user_path),
            )
            if not reason:
                return RenderResult(text)
            problems.append(TemplateProblem(str(user_path), line, reason).message)
        builtin_path = str(self._builtin_dir / template)
        text, problem = self._try_render(self._builtin_env, template, variables, builtin_path)
        if problem is not None:
            problems.append(
                Message(
                    "The built-in template {template} could not be rendered (line {line}: "
                    "{reason}); please report this.",
                    template=template,
                    line=problem.line or "?",
                    reason=problem.reason,
                )
            )
            return RenderResult("", problems)
        return RenderResult(text, problems)

    def render_html(
        self,
        brief: Brief,
        context: BriefContext,
        template: str = BRIEF_TEMPLATE,
        variant: Literal["page", "pocket"] = "page",
    ) -> RenderResult:
        """The Markdown brief, sanitised into a complete, print-friendly HTML document."""
        return self.html_of(self.render_markdown(brief, context, template), brief, context, variant)

    @staticmethod
    def html_of(
        markdown: RenderResult,
        brief: Brief,
        context: BriefContext,
        variant: Literal["page", "pocket"] = "page",
    ) -> RenderResult:
        """An already rendered Markdown brief as the complete HTML page (no template runs)."""
        name = context.contact_name or brief.contact_name
        title = f"Brief: {name}" if name else "Meeting brief"
        body = markdown_to_safe_html(markdown.text)
        return RenderResult(html_document(body, title=title, variant=variant), markdown.problems)

    def brief_markdown(self, brief: Brief, context: BriefContext) -> RenderResult:
        return self.render_markdown(brief, context, BRIEF_TEMPLATE)

    def brief_html(self, brief: Brief, context: BriefContext) -> RenderResult:
        return self.render_html(brief, context, BRIEF_TEMPLATE, "page")

    def pocket_markdown(self, brief: Brief, context: BriefContext) -> RenderResult:
        return self.render_markdown(brief, context, POCKET_TEMPLATE)

    def pocket_html(self, brief: Brief, context: BriefContext) -> RenderResult:
        return self.render_html(brief, context, POCKET_TEMPLATE, "pocket")

    @staticmethod
    def _try_render(
        env: ImmutableSandboxedEnvironment,
        name: str,
        variables: dict[str, object],
        shown_as: str,
    ) -> tuple[str, TemplateProblem | None]:
        filename: str | None = None
        try:
            compiled = env.get_template(name)
            filename = compiled.filename
            text = compiled.render(variables)
        except TemplateSyntaxError as exc:
            # The error may sit in a template this one includes or extends.
            where = exc.filename if exc.filename and exc.filename != filename else shown_as
            return "", TemplateProblem(where, exc.lineno, _reason(exc))
        except Exception as exc:  # any failure of a template must not reach the user raw
            line = _template_line(exc.__traceback__, filename)
            return "", TemplateProblem(shown_as, line, _reason(exc))
        if len(text) > _MAX_OUTPUT_CHARS:
            reason = Message(
                "its output is over {limit} characters", limit=Grouped(_MAX_OUTPUT_CHARS)
            )
            return "", TemplateProblem(shown_as, None, reason)
        return text, None


def _render_user_template(
    user_dir: Path, builtin_dir: Path, template: str, variables: dict[str, object], shown: str
) -> Outcome:
    """In the bounded worker: the user's template, in the same sandbox as always."""
    builtin_loader = FileSystemLoader(str(builtin_dir))
    env = _make_environment(
        ChoiceLoader(
            [FileSystemLoader(str(user_dir)), PrefixLoader({BUILTIN_PREFIX: builtin_loader})]
        )
    )
    text, problem = TemplateRenderer._try_render(env, template, variables, shown)
    return (text, None, "") if problem is None else ("", problem.line, problem.reason)


__all__ = [
    "BRIEF_TEMPLATE",
    "BUILTIN_PREFIX",
    "POCKET_TEMPLATE",
    "RenderResult",
    "TemplateProblem",
    "TemplateRenderer",
]
