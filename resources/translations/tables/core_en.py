"""English plural forms of the core catalogue's %n texts (``wufops/i18n/messages.py``);
``python -m wufops.i18n.update`` writes them to ``wufops/i18n/po/en.po``."""

TABLE: dict[str, str | list[str]] = {
    "%n problem(s) to fix before this machine can run a desk": [
        "%n problem to fix before this machine can run a desk",
        "%n problems to fix before this machine can run a desk",
    ],
}
