"""WUF Ops core: domain, storage, sync, check-in, badges, schedule and access services.

Never imports Qt (an import-linter contract): the desk UI in ``ui/`` is built on top of it.
"""

__version__ = "0.1.0"
