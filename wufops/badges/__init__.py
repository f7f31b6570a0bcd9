"""Badges: signed QR tokens and keys (token, keys), layouts as data (layout), rendering (render,
fonts, text, qr) and batch runs (batch)."""
