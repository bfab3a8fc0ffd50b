"""Sending a draft without netprep touching the network: a ``mailto:`` link for the user's
mail program, or an ``.eml`` file (Python's email package) to open or attach.

``mailto:`` links over about 2,000 characters fail silently on Windows, so a longer draft
gets no link: the user copies it or saves the ``.eml`` instead.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path
from urllib.parse import quote

from netprep.domain.followup_drafts import EmailDraft
from netprep.services.errors import UserError

MAX_MAILTO = 2000


def mailto_url(draft: EmailDraft) -> str | None:
    """The ``mailto:`` link for ``draft``, or None when it would be too long to work."""
    query = f"subject={quote(draft.subject)}&body={quote(draft.body)}"
    url = f"mailto:{quote(draft.to, safe='@,')}?{query}"
    return url if len(url) <= MAX_MAILTO else None


def as_text(draft: EmailDraft) -> str:
    """The draft as one block to paste into any mail program."""
    head = f"To: {draft.to}\n" if draft.to else ""
    return f"{head}Subject: {draft.subject}\n\n{draft.body}\n"


def eml_bytes(draft: EmailDraft, *, sender_name: str = "", sender_email: str = "") -> bytes:
    message = EmailMessage()
    if sender_email:
        message["From"] = formataddr((sender_name, sender_email))
    if draft.to:
        message["To"] = draft.to
    message["Subject"] = draft.subject
    message["X-Unsent"] = "1"  # mail programs open it as a draft to send
    message.set_content(draft.body)
    return bytes(message)


def save_eml(path: Path, data: bytes) -> Path:
    target = path if path.suffix.lower() == ".eml" else path.with_suffix(".eml")
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise UserError(
            "Could not save {path}: {reason}", path=target, reason=exc.strerror or exc
        ) from None
    return target
