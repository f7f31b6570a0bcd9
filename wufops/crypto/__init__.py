"""Badge-signing keys and the signed QR token (Ed25519): pure functions and values, no I/O.

Beside the models at the bottom of the core: the store persists key records, the badge and
check-in packages sign and verify through these, gates verify with public keys only."""
