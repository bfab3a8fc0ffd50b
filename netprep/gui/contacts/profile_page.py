"""Profile: the user's own record, the source of the self-summary and the common ground."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.gui.contacts.form_specs import PROFILE_SECTIONS
from netprep.gui.widgets.record_form import RecordForm
from netprep.services.errors import UserError, ValidationError


class ProfilePage(QWidget):
    status_message = Signal(str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._dirty = False
        title = QLabel("Your profile")
        title.setObjectName("pageTitle")
        intro = QLabel(
            "Every brief starts from you: the first two sentences of your self-summary come "
            "from here, and the common ground with each person is found in your interests, "
            "employers and schools."
        )
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        self.form = RecordForm(PROFILE_SECTIONS)
        self.form.edited.connect(self._on_edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton("Save profile")
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(not app.read_only)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(header)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        self.reload()

    def reload(self) -> None:
        self.form.load(self._app.profile.get())
        self._dirty = False

    def save(self) -> bool:
        profile = self._app.profile.get()
        self.form.apply_to(profile)
        try:
            self._app.profile.save(profile)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self.form.focus_first_error(exc.errors)
            self.status_message.emit("Profile not saved: please fix the fields marked in red")
            return False
        except UserError as exc:
            QMessageBox.warning(self, "Profile not saved", str(exc))
            return False
        self.form.show_errors({})
        self._dirty = False
        self.status_message.emit("Profile saved")
        return True

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _on_edited(self) -> None:
        self._dirty = True
