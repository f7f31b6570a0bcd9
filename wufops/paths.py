"""Where a device keeps its databases: the data directory and the desk database in it.

One rule, used by ``wufops scan --data-dir`` and meant for every command that takes a data
directory (the desk app's ``--data-dir`` too):

- the default data directory is the per-user data dir (``platformdirs``: e.g.
  ``~/.local/share/wufops`` on Linux, ``%LOCALAPPDATA%\\wufops`` on Windows);
- in a data directory, the device's replica is, in this order: ``replica.db`` — the file
  ``wufops sync --data-dir`` keeps in step with the hub, so a headless scan lands in the op
  log that sync carries; else the one ``*-desk.db`` (the desk replica ``wufops demo`` syncs
  with its in-process hub); else the one event database there (a generated demo event, an
  imported event), hub databases (``hub*.db``, ``*-hub.db``) never counting. Several
  candidates at a step are an error that names them — pass ``--db`` instead.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from wufops.errors import CodedError

#: the synced replica in a device's data dir (``wufops sync`` uses the same name)
REPLICA_DB_NAME = "replica.db"


class DataDirError(CodedError):
    """The data directory does not name one desk database; ``code`` says why."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("wufops", appauthor=False))


def desk_database(data_dir: Path) -> Path:
    """The desk database in ``data_dir`` (see the module docstring for the rule)."""
    if not data_dir.is_dir():
        raise DataDirError("no_data_dir", f"{data_dir} is not a directory")
    replica = data_dir / REPLICA_DB_NAME
    if replica.is_file():
        return replica
    databases = sorted(
        p
        for p in data_dir.glob("*.db")
        if p.is_file() and not p.name.startswith("hub") and not p.name.endswith("-hub.db")
    )
    for candidates in ([p for p in databases if p.name.endswith("-desk.db")], databases):
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            names = ", ".join(p.name for p in candidates)
            raise DataDirError(
                "choose_database", f"{data_dir} holds several databases ({names}): pass --db FILE"
            )
    raise DataDirError(
        "no_database",
        f"{data_dir} holds no {REPLICA_DB_NAME} and no event database: "
        "run `wufops demo` or sync this device first",
    )
