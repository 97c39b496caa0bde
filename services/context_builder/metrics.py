"""Prometheus metrics of the Context Builder (cache and breaker series live in nf_core.metrics).

Pack ids are deliberately not a label: operators can create many packs, and a per-pack
question is answered from the logs and traces of the requests that named it.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge

# The value of ``cache`` in nf_core.metrics.CACHE_LOOKUPS for the window cache (either backend).
WINDOW_CACHE = "context_window"

WINDOWS_SERVED = Counter(
    "nf_context_windows_total",
    "Context windows served, by tier and whether the window is degraded.",
    ["tier", "degraded"],
)
DATAFORGE_FAILURES = Counter(
    "nf_context_dataforge_failures_total", "DataForge fetches that failed after retries."
)
DATAFORGE_CONFIGURED = Gauge(
    "nf_context_dataforge_configured", "1 when this replica reads packs from DataForge, else 0."
)
DATAFORGE_UP = Gauge(
    "nf_context_dataforge_up", "1 when DataForge's last health check passed, else 0."
)
INVALIDATIONS_RECEIVED = Counter(
    "nf_context_invalidations_received_total", "Invalidation broadcasts received from Redis."
)
