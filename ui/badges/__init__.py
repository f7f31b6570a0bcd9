"""Badge screens: the layout preview (``preview``)."""
