"""The Schedule workspace (room coordinators): see ``ui.schedule.workspace``."""

from ui.schedule.workspace import GatePage, ScheduleWorkspace, make_workspace

__all__ = ["GatePage", "ScheduleWorkspace", "make_workspace"]
