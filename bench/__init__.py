"""Benchmarks run by hand (not by the test suite); each creates its own scratch database."""
