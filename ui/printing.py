"""PDFs from HTML: one helper for every printed document (the scrutiny pack, notices).

Qt's own `QPdfWriter` and `QTextDocument`, so nothing else is installed: A4, margins of
15 mm, the body at 11 pt or, in large print, 16 pt (the RNIB's clear-print guidance asks for
at least 16 pt for large print). Images in the HTML (charts) are added to the document as
resources by name beforehand (``document_images``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

BODY_PT = 11
LARGE_PRINT_PT = 16
DPI = 300


def write_pdf(html: str, path: Path, *, title: str, large_print: bool = False,
              images: dict[str, QImage] | None = None) -> None:
    """Render ``html`` to an A4 PDF at ``path``. ``images`` maps names used in ``<img src>``
    to pictures (charts), so the PDF carries them without any file on disk."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Estate Champion")
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    # Points are measured on the PDF's own resolution, or 16 pt would print at a third of it.
    document.documentLayout().setPaintDevice(writer)
    font = QFont(document.defaultFont())
    font.setPointSizeF(LARGE_PRINT_PT if large_print else BODY_PT)
    document.setDefaultFont(font)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    # Lay the text out on the page's printable area, in the writer's device pixels.
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
