"""Benchmarks (``make bench``): never part of ``make test``, never gate on absolute times."""
