"""Prometheus metrics shared by every service (one registry per process).

Each service module (``services/<stage>/metrics.py``) adds its own; docs/operations.md lists
them all with their labels, and a test keeps that table equal to what is registered. Labels
take only values from small closed sets (enums, the model registry, fixed names): never a
user, tenant, request, query or pack id.
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import REGISTRY, Counter, Histogram, start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from nf_core.breaker import CircuitBreaker, CircuitState

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)

RPC_HANDLED = Counter(
    "nf_grpc_server_handled_total",
    "RPCs completed by this server, by method and status code.",
    ["grpc_service", "grpc_method", "grpc_code"],
)
RPC_LATENCY = Histogram(
    "nf_grpc_server_handling_seconds",
    "Time to serve an RPC, by method.",
    ["grpc_service", "grpc_method"],
    buckets=_LATENCY_BUCKETS,
)
STAGE_LATENCY = Histogram(
    "nf_pipeline_stage_seconds",
    "Time the orchestrator spent waiting on each stage, by stage and outcome.",
    ["stage", "outcome"],
    buckets=_LATENCY_BUCKETS,
)
CACHE_LOOKUPS = Counter(
    "nf_cache_lookups_total",
    "Cache lookups, by cache and result (hit, miss, joined: shared an in-flight load, error).",
    ["cache", "result"],
)
BREAKER_TRANSITIONS = Counter(
    "nf_circuit_breaker_transitions_total",
    "Circuit-breaker state changes, by dependency and the state entered.",
    ["dependency", "state"],
)
RATE_LIMIT_REJECTIONS = Counter(
    "nf_rate_limit_rejections_total",
    "Calls refused by the rate limiter, by the budget that refused them (user or tenant).",
    ["scope"],
)

# Gauge value of each breaker state (documented in docs/operations.md).
BREAKER_STATE_VALUES = {CircuitState.CLOSED: 0, CircuitState.HALF_OPEN: 1, CircuitState.OPEN: 2}


class BreakerStates(Collector):
    """Reports every watched breaker's state at scrape time, so the hot path pays nothing.

    A breaker's open → half-open change happens by the clock, not by a call; reading the
    state when Prometheus scrapes is the only way a gauge can show it on time.
    """

    def __init__(self) -> None:
        self._breakers: dict[str, CircuitBreaker] = {}

    def watch(self, dependency: str, breaker: CircuitBreaker) -> None:
        """Report ``breaker`` as ``dependency`` and count its transitions."""
        self._breakers[dependency] = breaker
        breaker.on_transition = lambda state: BREAKER_TRANSITIONS.labels(
            dependency, state.value
        ).inc()

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(
            "nf_circuit_breaker_state",
            "Circuit-breaker state by dependency: 0 closed, 1 half-open, 2 open.",
            labels=["dependency"],
        )
        for dependency, breaker in sorted(self._breakers.items()):
            family.add_metric([dependency], BREAKER_STATE_VALUES[breaker.state])
        yield family


BREAKER_STATES = BreakerStates()
REGISTRY.register(BREAKER_STATES)


def cache_counters(cache: str) -> tuple[Counter, Counter]:
    """The (hit, miss) children of ``nf_cache_lookups_total`` for one cache, bound once.

    Binding the labels up front keeps a lookup on the hot path to one lock and one add.
    """
    return CACHE_LOOKUPS.labels(cache, "hit"), CACHE_LOOKUPS.labels(cache, "miss")


def start_metrics_server(host: str, port: int) -> None:
    """Serve /metrics for this process's default registry on host:port (in a thread)."""
    start_http_server(port, addr=host)
