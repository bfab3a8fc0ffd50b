"""Sending a follow-up's email without netprep touching the network: open it in the user's
mail program (a ``mailto:`` link; too long a one, or no mail program, copies it instead),
copy it, or save it as an ``.eml`` file. Each says what to tell the user.

The words keep the context of the detail they were first written in ("FollowUpDetail"), so
their translations still apply.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from netprep.composition import App
from netprep.domain.followup_drafts import EmailDraft
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.followups.mail import as_text, eml_bytes, mailto_url, save_eml


def open_in_mail(draft: EmailDraft) -> str:
    """Open ``draft`` in the mail program, or copy it when that cannot be ("" when it opened)."""
    url = mailto_url(draft)
    if url is None:
        copy(draft)
        return QCoreApplication.translate(
            "FollowUpDetail",
            "Too long for a mail link: the email is copied, paste it into your mail program",
        )
    if not QDesktopServices.openUrl(QUrl(url)):
        copy(draft)
        return QCoreApplication.translate(
            "FollowUpDetail", "No mail program answered: the email is copied instead"
        )
    return ""


def copy(draft: EmailDraft) -> str:
    QGuiApplication.clipboard().setText(as_text(draft))
    return QCoreApplication.translate("FollowUpDetail", "Email copied")


def ask_eml_path(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FollowUpDetail", "Save the email"),
        str(Path.home() / "follow-up.eml"),
        QCoreApplication.translate("FollowUpDetail", "Email (*.eml)"),
    )
    return Path(path) if path else None


def write_eml(app: App, draft: EmailDraft, path: Path) -> tuple[Path | None, str]:
    """Save ``draft`` as an .eml at ``path``: the file written (None if not), and what to say."""
    profile = app.profile.get()
    data = eml_bytes(draft, sender_name=profile.name, sender_email=profile.email)
    try:
        saved = save_eml(path, data)
    except UserError as error:
        return None, said(error)
    message = QCoreApplication.translate("FollowUpDetail", "Saved {name}: open it to send it")
    return saved, message.format(name=saved.name)
