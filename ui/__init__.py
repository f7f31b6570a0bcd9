"""The desk application (PySide6). Depends on ``wufops``; the core never imports this package."""
