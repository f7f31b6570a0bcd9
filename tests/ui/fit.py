"""What "nothing clipped" means on screen, for the screen-size tests: every visible label,
button, field, combo box and tab shows its whole text in the room it was given."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget, text: str) -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{name}: {text[:70]!r} ({widget.width()}×{widget.height()})"


def clipped(root: QWidget) -> list[str]:
    """Visible widgets under ``root`` whose text does not fit (elided, cut or overflowing)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _inside_item_view(widget):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need_h = widget.heightForWidth(widget.width())
                if need_h > widget.height() + 1:
                    found.append(_describe(widget, widget.text()) + f" needs height {need_h}")
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                found.append(
                    _describe(widget, widget.text())
                    + f" needs width {widget.minimumSizeHint().width()}"
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    _describe(widget, widget.text()) + f" needs {widget.sizeHint().width()}"
                )
        elif isinstance(widget, QLineEdit):
            text = widget.text() or widget.placeholderText()
            room = widget.contentsRect().width() - 12  # Qt's inner margins
            if widget.isClearButtonEnabled():
                room -= 24
            if text and widget.fontMetrics().horizontalAdvance(text) > room:
                found.append(_describe(widget, text) + " is elided")
        elif isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            room = (
                widget.style()
                .subControlRect(
                    QStyle.ComplexControl.CC_ComboBox,
                    option,
                    QStyle.SubControl.SC_ComboBoxEditField,
                    widget,
                )
                .width()
            )
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if needed > room:
                found.append(_describe(widget, widget.currentText()) + " is elided")
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                need = widget.fontMetrics().horizontalAdvance(widget.tabText(tab))
                if need > widget.tabRect(tab).width() - 8:
                    found.append(_describe(widget, widget.tabText(tab)) + " tab is elided")
    return found
