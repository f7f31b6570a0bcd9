"""Putting a rendered badge PDF on paper through QtPrintSupport, without a dialog.

PySide6-Essentials ships no QtPdf, so the badge PDF made by ``wufops.badges`` is rasterised
with PDFium (``pypdfium2``, wheels for every desk OS) at the printer's resolution (capped at
:data:`MAX_DPI`) and drawn with ``QPainter`` onto a ``QPrinter`` whose page size is the PDF's
own — the paper shows exactly the PDF that was logged, with no margins and no scaling dialog.

:func:`printer_named` opens a printer by the name the OS lists; :func:`print_pdf` prints
every page and raises :class:`PrintFailed` (``code``: ``no_printer``, ``bad_pdf``,
``printer_error``) so the desk logs a ``failed`` print instead of stopping.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ui.pdf_pages import PdfError, pdf_pages

MAX_DPI = 300


class PrintFailed(RuntimeError):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def available_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def printer_named(name: str) -> QPrinter:
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrintFailed("no_printer", f"no printer called {name!r} on this machine")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def _pages(pdf: bytes, dpi: int) -> list[tuple[QImage, QSizeF]]:
    """Each page as an image at ``dpi`` and its size in points."""
    try:
        pages = pdf_pages(pdf, dpi)
    except PdfError as error:
        raise PrintFailed("bad_pdf", str(error)) from None
    if not pages:
        raise PrintFailed("bad_pdf", "the PDF has no pages")
    return pages


def print_pdf(pdf: bytes, printer: QPrinter, title: str = "WUF badge") -> int:
    """Print every page of ``pdf`` on ``printer``; returns the number of pages."""
    dpi = max(72, min(MAX_DPI, printer.resolution()))
    pages = _pages(pdf, dpi)
    printer.setDocName(title)
    printer.setFullPage(True)
    first_size = pages[0][1]
    printer.setPageLayout(
        QPageLayout(
            QPageSize(
                first_size, QPageSize.Unit.Point, "badge", QPageSize.SizeMatchPolicy.ExactMatch
            ),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("printer_error", f"cannot start printing on {printer.printerName()!r}")
    try:
        for number, (image, size) in enumerate(pages):
            if number:
                printer.setPageSize(
                    QPageSize(
                        size, QPageSize.Unit.Point, "badge", QPageSize.SizeMatchPolicy.ExactMatch
                    )
                )
                if not printer.newPage():
                    raise PrintFailed("printer_error", "the printer refused a new page")
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)
