"""Offline-first replication: hybrid logical clocks, the merge function, the protocol."""
