"""Two contacts with the same name: said when the second is saved, with a way to the other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from netprep.composition import App
from netprep.domain.records import Contact

if TYPE_CHECKING:
    from netprep.gui.contacts.page import ContactsPage


def who(contact: Contact) -> str:
    """'Maya Chen (Product lead, Acme, maya@acme.com)': enough to tell two of them apart."""
    detail = ", ".join(p for p in (contact.role, contact.company, contact.primary_email) if p)
    return f"{contact.name} ({detail})" if detail else contact.name


def ask_open_other(page: ContactsPage, saved: Contact, others: list[Contact]) -> str:
    """The warning; the id of the other contact to open, or "" to stay (a test seam)."""
    box = QMessageBox(page)
    box.setObjectName("sameNameBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SameName", "Another contact has this name"))
    if len(others) == 1:
        box.setText(
            QCoreApplication.translate("SameName", "Saved. You already have another {who}.").format(
                who=who(others[0])
            )
        )
    else:
        listed = "\n".join(f"•  {who(c)}" for c in others[:5])
        box.setText(
            QCoreApplication.translate(
                "SameName", "Saved. You already have {count} others called {name}:\n{listed}"
            ).format(count=len(others), name=saved.name, listed=listed)
        )
    box.setInformativeText(
        QCoreApplication.translate(
            "SameName",
            "If they are the same person, open the other one and use Merge with… in the list's "
            "menu. Adding a company or an email tells them apart in every list.",
        )
    )
    open_other = box.addButton(
        QCoreApplication.translate("SameName", "Open the other one"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("SameName", "Keep both"), QMessageBox.ButtonRole.AcceptRole
    )
    box.exec()
    return others[0].id if box.clickedButton() is open_other else ""


def warn_same_name(page: ContactsPage, app: App, saved: Contact, name_before: str) -> None:
    """After a save that gave a name someone else has: say so, offer to open the other."""
    if " ".join(name_before.casefold().split()) == " ".join(saved.name.casefold().split()):
        return  # the name did not change: told when it was given
    others = app.contacts.namesakes(saved)
    if not others:
        return
    other = ask_open_other(page, saved, others)
    if other:
        page.select_contact(other)
