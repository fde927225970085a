"""Benchmarks (`make bench`): a synthetic corpus generator and the timing harness."""
