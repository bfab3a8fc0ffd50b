"""The weekly review's email, from a plain-text template in the same sandbox as the briefs.

The shipped ``review_email.txt.j2`` is replaced by a file of the same name in the data
folder's ``templates/``. The first line, when it starts with "Subject:", is the subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from netprep.domain.review.email_content import EmailFacts

# The template engine (jinja2, markdown) loads when the first email is drafted, not when
# the app opens its data.
if TYPE_CHECKING:
    from netprep.render.templates import TemplateRenderer

REVIEW_EMAIL_TEMPLATE = "review_email.txt.j2"
DEFAULT_SUBJECT = "Catching up"
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    body: str
    problems: list[str] = field(default_factory=list)


def split_subject(text: str) -> tuple[str, str]:
    """("subject", "body") from a rendered template whose first line may be "Subject: …"."""
    first, _, rest = text.lstrip("\n").partition("\n")
    if first.casefold().startswith("subject:"):
        return first.split(":", 1)[1].strip() or DEFAULT_SUBJECT, rest
    return DEFAULT_SUBJECT, text


def tidy(body: str) -> str:
    """No runs of blank lines, no trailing spaces, one newline at the end."""
    lines = [line.rstrip() for line in body.strip("\n").splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


class ReviewEmailRenderer:
    def __init__(
        self,
        user_dir: Path | None = None,
        *,
        builtin_dir: Path | None = None,
        compiled_cache: Path | None = None,
    ) -> None:
        self._dirs = (user_dir, builtin_dir)
        self._compiled_cache = compiled_cache
        self._made: TemplateRenderer | None = None

    @property
    def _renderer(self) -> TemplateRenderer:
        if self._made is None:
            from netprep.render.templates import TemplateRenderer

            user_dir, builtin_dir = self._dirs
            self._made = TemplateRenderer(
                user_dir, builtin_dir=builtin_dir, compiled_cache=self._compiled_cache
            )
        return self._made

    def takes_time(self) -> bool:
        """Whether the user's own template renders it (in a bounded worker: up to seconds)."""
        return self._renderer.user_template_path(REVIEW_EMAIL_TEMPLATE) is not None

    def render(self, facts: EmailFacts) -> RenderedEmail:
        result = self._renderer.render_named(REVIEW_EMAIL_TEMPLATE, facts.as_template_vars())
        subject, body = split_subject(result.text)
        return RenderedEmail(subject, tidy(body), list(result.problems))
