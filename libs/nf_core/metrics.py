"""Prometheus metrics shared by every service (one registry per process)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram, start_http_server

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


def start_metrics_server(host: str, port: int) -> None:
    """Serve /metrics for this process's default registry on host:port (in a thread)."""
    start_http_server(port, addr=host)
