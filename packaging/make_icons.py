"""Render the app icon (resources/icons/netprep-app.svg) into the formats bundles need.

    .venv/bin/pip install pillow && .venv/bin/python packaging/make_icons.py

Writes packaging/icons/netprep.ico (Windows: 16-256 px) and netprep.icns (macOS), and
netprep-256.png. Qt draws the SVG; Pillow writes the containers. Re-run when the SVG changes
and commit the results (the build itself needs neither Pillow nor this script).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "netprep-app.svg"
OUT = ROOT / "packaging" / "icons"


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    big = render(renderer, 1024)
    big.save(OUT / "netprep.icns")
    render(renderer, 256).save(
        OUT / "netprep.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    )
    render(renderer, 256).save(OUT / "netprep-256.png")
    print(f"wrote {', '.join(sorted(p.name for p in OUT.iterdir()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
