"""Plain models and values at the bottom of the core: frozen dataclasses that every layer above
(store, domain packages, network I/O, CLI, UI) passes around. Imports nothing but the standard
library and ``wufops.errors``/``wufops.clock``."""
