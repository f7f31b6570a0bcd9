"""The hub: websockets server, venue TLS."""
