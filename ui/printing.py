"""Render a document to an A4 PDF, normal or large print (one helper for every printout:
the "You said, we did" notice, enrolment codes, the scrutiny pack).

Call it on the UI thread: QTextDocument wants a thread with a Qt event dispatcher, which the
task runner's Python pool threads lack. It is quick (about 30 ms for a four-page notice on
this project's two-core machine), so it does not hold the window up.
Large print follows the RNIB's clear print guidance: at least 16 point body text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

NORMAL_PT = 11
LARGE_PT = 18      # RNIB clear print: 16 point or more
RESOLUTION = 300   # dots per inch of the PDF's layout
MARGIN_MM = 18


def document(html: str, *, large_print: bool = False,
             images: dict[str, QImage] | None = None) -> QTextDocument:
    """The QTextDocument `write_pdf` lays out: the body font, headings scaled from it.
    ``images`` maps names used in ``<img src>`` to pictures (charts), so the PDF carries
    them without any file on disk."""
    doc = QTextDocument()
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(LARGE_PT if large_print else NORMAL_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet("h1 { font-size: 170%; } h2 { font-size: 135%; } "
                             "p { line-height: 130%; }")
    doc.setHtml(html)
    return doc


def write_pdf(html: str, path: Path, *, title: str, large_print: bool = False,
              images: dict[str, QImage] | None = None) -> None:
    """Write ``html`` as an A4 PDF at ``path`` (replaced if there), paginated, with ``title``
    in the PDF's properties. Raises OSError when the file cannot be written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Estate Champion")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    doc = document(html, large_print=large_print, images=images)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(QCoreApplication.translate(
            "Printing", "The file {path} cannot be written. Choose another folder.")
            .format(path=path))
    try:
        # Lay the text out in the printable area at the writer's resolution, a page at a time.
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        doc.documentLayout().setPaintDevice(writer)
        doc.setPageSize(QSizeF(page.width(), page.height()))
        pages = max(1, doc.pageCount())
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            doc.drawContents(painter, QRectF(0, number * page.height(), page.width(),
                                             page.height()))
            painter.restore()
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(QCoreApplication.translate(
            "Printing", "The file {path} could not be written.").format(path=path))

