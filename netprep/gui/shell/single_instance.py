"""One window per data folder: a second launch on the same folder raises the running window
(and exits) instead of only refusing. A local socket named after the data folder carries the
request; the folder's lock stays the store's (this only makes the second launch friendly)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow

CONNECT_MS = 500
SHOW = b"show\n"


def server_name(folder: Path) -> str:
    """The same name for the same folder however it was written; short (socket paths are)."""
    try:
        resolved = folder.expanduser().resolve()
    except OSError:
        resolved = folder.absolute()
    # Qt's SHA-256 (hashlib would be one more import before the first paint): the same name
    sha256 = QCryptographicHash.Algorithm.Sha256
    digest = QCryptographicHash.hash(str(resolved).encode("utf-8"), sha256).toHex()
    return f"netprep-{bytes(digest.data()).decode('ascii')[:20]}"


def ask_running_to_show(folder: Path, timeout_ms: int = CONNECT_MS) -> bool:
    """True if a netprep already running on ``folder`` got the request to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(SHOW)
    socket.flush()
    sent = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent


class InstanceServer(QObject):
    """Listens for later launches on the same folder; ``show_requested`` when one asks."""

    show_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self._sockets: list[QLocalSocket] = []
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        name = server_name(folder)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a crashed run's socket file (Unix)
            self.server.listen(name)
        self.show_requested.connect(raise_main_window)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def close(self) -> None:
        self.server.close()

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                break
            self._sockets.append(socket)  # kept (children of the server) until read
            socket.readyRead.connect(self._read_all)

    def _read_all(self) -> None:
        for socket in list(self._sockets):
            if socket.bytesAvailable() <= 0:
                continue
            request = bytes(socket.readAll().data())
            self._sockets.remove(socket)
            if request.startswith(SHOW.strip()):
                self.show_requested.emit()


def raise_main_window() -> QMainWindow | None:
    """Bring the app's main window forward (unminimised); the one that was shown."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            if widget.isMinimized():
                widget.showNormal()
            widget.raise_()
            widget.activateWindow()
            return widget
    return None
