"""Network I/O: the hub's websockets server (``server``), the desk's sync driver
(``driver``), venue TLS (``tls``) and the hub launcher (``launch``).

The only package that opens sockets. It drives the sans-I/O protocol in ``wufops.sync`` and
the storage in ``wufops.store``; nothing below it imports it."""
