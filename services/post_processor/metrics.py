"""Prometheus metrics of the Post-Processor."""

from __future__ import annotations

from prometheus_client import Counter, Gauge

SPOOL_DEPTH = Gauge(
    "nf_post_spool_depth",
    "Inferences waiting in the local spool for the database (read when scraped).",
)
SPOOLED = Counter(
    "nf_post_spooled_total", "Inferences written to the spool because the database was down."
)
REPLAYED = Counter("nf_post_spool_replayed_total", "Spooled inferences replayed into the database.")
