"""Bundled data files (fonts, badge layouts, translations, sounds). No code lives here."""
