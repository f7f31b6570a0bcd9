"""PDF pages as QImages, in-process with PDFium (PySide6-Essentials has no QtPdf).

The badge preview shows the first page; desk printing draws every page on a QPrinter.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

# raised for bytes PDFium cannot open as a PDF
PdfError = pdfium.PdfiumError


def pdf_pages(pdf: bytes, dpi: int, *, limit: int | None = None) -> list[tuple[QImage, QSizeF]]:
    """The first ``limit`` pages (all by default) as images at ``dpi``, with their size in
    points. Raises :data:`PdfError` when ``pdf`` is not a readable PDF."""
    document = pdfium.PdfDocument(pdf)
    pages: list[tuple[QImage, QSizeF]] = []
    try:
        for index in range(len(document) if limit is None else min(limit, len(document))):
            page = document[index]
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            ).copy()  # own the pixels before PDFium frees the bitmap
            pages.append((image, QSizeF(width, height)))
            bitmap.close()
            page.close()
    finally:
        document.close()
    return pages
