"""The Operations workspace for supervisors."""

from ui.operations.workspace import OperationsWorkspace

__all__ = ["OperationsWorkspace"]
