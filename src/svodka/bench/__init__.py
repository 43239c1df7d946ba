"""Benchmarks: corpus loaders, scoring, the Natasha baseline, speed."""
