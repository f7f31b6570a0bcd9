"""Sync in the desk app: the Qt bridge to the driver thread, the status-bar indicator, and
the in-process demo hub."""
