"""The schedule workspace's two tool rows: day tabs and "Find a session" on top; the room
filter, the Rooms dialog, the room order, the stream channels' lanes (a menu: all lanes
shown or not, and each channel's), compact rows, cancelled sessions shown or not, zoom, Undo,
Redo and "Move to…" below. The workspace connects them (``ui.schedule.workspace``);
coordinators' tools are hidden on a device that may not edit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ui.schedule.settings import ORDERS, ScheduleSettings


class ScheduleToolbar(QWidget):
    def __init__(
        self, settings: ScheduleSettings, editable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleToolbar")
        self.day_tabs = QTabBar()
        self.day_tabs.setObjectName("dayTabs")
        self.day_tabs.setExpanding(False)
        self.day_tabs.setDrawBase(False)
        self.find = QLineEdit()
        self.find.setObjectName("findSession")
        self.find.setPlaceholderText(self.tr("Find a session (Ctrl+F)"))
        self.find.setClearButtonEnabled(True)
        self.find.setMinimumWidth(220)
        self.found = QLabel()
        self.found.setObjectName("muted")

        self.room_filter = QLineEdit()
        self.room_filter.setObjectName("roomFilter")
        self.room_filter.setPlaceholderText(self.tr("Filter rooms"))
        self.room_filter.setClearButtonEnabled(True)
        # its hint readable in every language, and no wider: the tools row must fit 1280 px
        hint = self.room_filter.fontMetrics().horizontalAdvance(self.room_filter.placeholderText())
        self.room_filter.setMinimumWidth(max(120, hint + 52))
        self.rooms_button = QPushButton(self.tr("Rooms…"))
        self.rooms_button.setToolTip(self.tr("Choose, pin and order the rooms shown"))
        self.order = QComboBox()
        self.order.setObjectName("roomOrder")
        self.order.setToolTip(self.tr("Order of the rooms"))
        for code, text in zip(
            ORDERS,
            (self.tr("By name"), self.tr("By floor"), self.tr("By capacity"), self.tr("My order")),
            strict=True,
        ):
            self.order.addItem(text, code)
        self.order.setCurrentIndex(max(0, self.order.findData(settings.order)))
        self.channels_button = QPushButton(self.tr("Channels"))
        self.channels_button.setObjectName("channelsButton")
        self.channels_button.setToolTip(
            self.tr("Stream channels as lanes above the rooms: show or hide them (Ctrl+Shift+L)")
        )
        self.channels_menu = QMenu(self.channels_button)
        self.channels_menu.setObjectName("channelsMenu")
        self.channels_button.setMenu(self.channels_menu)
        self.compact = QCheckBox(self.tr("Compact"))
        self.compact.setToolTip(self.tr("Lower rows: more rooms on the screen"))
        self.compact.setChecked(settings.compact)
        self.cancelled = QCheckBox(self.tr("Show cancelled"))
        self.cancelled.setToolTip(self.tr("Show cancelled sessions (greyed and struck through)"))
        self.cancelled.setChecked(settings.show_cancelled)
        self.zoom_out = QPushButton("−")
        self.zoom_out.setObjectName("zoomOut")
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+−)"))
        self.zoom_in = QPushButton("+")
        self.zoom_in.setObjectName("zoomIn")
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setObjectName("redoButton")
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.move_button = QPushButton(self.tr("Move to…"))
        self.move_button.setObjectName("moveButton")
        self.move_button.setToolTip(self.tr("Room, day and time of the selected session (Ctrl+M)"))
        for widget in (self.undo_button, self.redo_button, self.move_button):
            widget.setVisible(editable)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(self.day_tabs, 1)
        top.addWidget(self.found)
        top.addWidget(self.find)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(4)  # eleven tools: the row fits 1280 px in Russian too
        tools.addWidget(self.room_filter)
        tools.addWidget(self.rooms_button)
        tools.addWidget(self.order)
        tools.addWidget(self.channels_button)
        tools.addWidget(self.compact)
        tools.addWidget(self.cancelled)
        tools.addSpacing(6)
        tools.addWidget(self.zoom_out)
        tools.addWidget(self.zoom_in)
        tools.addStretch(1)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.redo_button)
        tools.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(tools)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.undo_button, self.redo_button, self.move_button):
            widget.setVisible(editable)
