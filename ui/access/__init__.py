"""The Access workspace (sign-language interpreting and captioning assignments)."""

from ui.access.workspace import AccessWorkspace, make_workspace

__all__ = ["AccessWorkspace", "make_workspace"]
