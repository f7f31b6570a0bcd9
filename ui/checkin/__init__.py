"""The Check-in workspace: badge pickup desks and entry gates."""

from ui.checkin.workspace import CheckinWorkspace

__all__ = ["CheckinWorkspace"]
