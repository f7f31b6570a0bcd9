"""Livestream operations, without Qt: stream slots on channels, their padded windows, the
stream rules plugged into the schedule engine, slot statuses and the live board's figures
(docs/streams.md for the control room).

The public names:

- values (``wufops.models.streams``): ``StreamChannel``, ``StreamSlot``, ``StreamSettings``,
  ``AccessNeeds``, ``StatusChange``, ``PaddedWindow``, ``SlotStatus``, ``SLOT_STATUSES``;
- rules (:mod:`wufops.streams.rules`): :func:`add_stream_rules` (C6 ``channel_overlap``; C7
  ``no_encoder``, ``do_not_stream``; ``access_not_in_picture``) — call it where a registry
  is composed — and :func:`stream_registry` (the core's rules and these);
- the plan as values (:mod:`wufops.streams.plan`): :func:`padded_windows` (per channel, its
  slots in time: what a channel timeline draws), :func:`channel_sessions` (a channel's
  sessions in order: what the per-channel exports write), :class:`Plan`,
  :func:`load_plan`, :func:`build_plan`;
- the live board (:mod:`wufops.streams.board`): :func:`board`;
- statuses (:mod:`wufops.streams.status`): :data:`TRANSITIONS`, :func:`set_slot_status`;
  refusals are :class:`StreamError` (stable ``code``);
- planning edits (:mod:`wufops.streams.edits`): :func:`plan_slot`, :func:`change_slot`,
  :func:`withdraw_slot`, :func:`set_padding`, :func:`resolve_slot`,
  :func:`resolve_channel`;
- the run-sheet (:mod:`wufops.streams.runsheet`): :func:`write_runsheet`.

Layering: a domain package above ``wufops.schedule`` (``pyproject.toml``).
"""

from __future__ import annotations

from wufops.models.streams import (
    SLOT_STATUSES,
    AccessNeeds,
    PaddedWindow,
    SlotStatus,
    StatusChange,
    StreamChannel,
    StreamSettings,
    StreamSlot,
)
from wufops.streams.board import Board, ChannelRow, board, board_json
from wufops.streams.edits import (
    KEEP,
    change_slot,
    plan_slot,
    resolve_channel,
    resolve_slot,
    set_padding,
    withdraw_slot,
)
from wufops.streams.plan import (
    BoardSlot,
    Plan,
    build_plan,
    channel_sessions,
    load_plan,
    padded_windows,
)
from wufops.streams.rules import add_stream_rules, stream_registry
from wufops.streams.runsheet import write_runsheet
from wufops.streams.status import (
    TRANSITIONS,
    StatusChanged,
    StreamError,
    allowed,
    check_transition,
    set_slot_status,
)

__all__ = [
    "KEEP",
    "SLOT_STATUSES",
    "TRANSITIONS",
    "AccessNeeds",
    "Board",
    "BoardSlot",
    "ChannelRow",
    "PaddedWindow",
    "Plan",
    "SlotStatus",
    "StatusChange",
    "StatusChanged",
    "StreamChannel",
    "StreamError",
    "StreamSettings",
    "StreamSlot",
    "add_stream_rules",
    "allowed",
    "board",
    "board_json",
    "build_plan",
    "change_slot",
    "channel_sessions",
    "check_transition",
    "load_plan",
    "padded_windows",
    "plan_slot",
    "resolve_channel",
    "resolve_slot",
    "set_padding",
    "set_slot_status",
    "stream_registry",
    "withdraw_slot",
    "write_runsheet",
]
