"""Benchmarks: one script per figure, each printing one JSON line (see docs/benchmarks.md)."""
