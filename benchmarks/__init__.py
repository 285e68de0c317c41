"""Benchmarks run by ``make bench`` (``python -m benchmarks.run``); not timed tests."""
