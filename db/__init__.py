"""Schema migrations for WUF Ops SQLite databases (desk replicas and the hub).

This package owns the shape of the database and nothing else: no queries, no domain logic.
"""

from db.migrations import CATEGORIES, SCHEMA_VERSION, apply_migrations, migrations

__all__ = ["CATEGORIES", "SCHEMA_VERSION", "apply_migrations", "migrations"]
