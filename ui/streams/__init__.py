"""The Streams workspace: the control room's live board (``ui.streams.workspace``)."""

from ui.streams.workspace import StreamsWorkspace

__all__ = ["StreamsWorkspace"]
