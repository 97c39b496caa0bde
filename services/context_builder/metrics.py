"""Prometheus metrics of the Context Builder."""

from __future__ import annotations

from prometheus_client import Counter, Gauge

WINDOWS_SERVED = Counter(
    "nf_context_windows_total",
    "Context windows served, by tier and degradation.",
    ["tier", "degraded"],
)
CACHE_LOOKUPS = Counter(
    "nf_context_cache_lookups_total",
    "Window cache lookups, by backend and result.",
    ["backend", "result"],
)
DATAFORGE_FAILURES = Counter(
    "nf_context_dataforge_failures_total", "DataForge fetches that failed after retries."
)
DATAFORGE_UP = Gauge(
    "nf_context_dataforge_up", "1 when DataForge's last health check passed, else 0."
)
DATAFORGE_CIRCUIT = Gauge(
    "nf_context_dataforge_circuit_state", "DataForge circuit: 0 closed, 1 half-open, 2 open."
)
INVALIDATIONS_RECEIVED = Counter(
    "nf_context_invalidations_received_total", "Invalidation broadcasts received from Redis."
)
