"""Attendees: who they are (model), finding them (search), bringing them in and out (io)."""
