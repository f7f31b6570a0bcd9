"""Schema migrations for WUF Ops SQLite databases (desk replicas and the hub).

This package owns the shape of the database and nothing else: no queries, no domain logic.
"""

from db.migrations import MIGRATION_NAMES, SCHEMA_VERSION, apply_migrations, migrations
from db.vocabulary import CATEGORIES

__all__ = ["CATEGORIES", "MIGRATION_NAMES", "SCHEMA_VERSION", "apply_migrations", "migrations"]
