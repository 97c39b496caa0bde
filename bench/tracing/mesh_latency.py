"""End-to-end inference latency through Envoy with span export off and on.

Starts a local mesh (embedded defaults) twice, once without and once with an OTLP endpoint (an
in-process collector), and times sequential inferences through Envoy.

    .venv/bin/python bench/tracing/mesh_latency.py [--requests 300]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from nf_devtools.mesh import running_mesh
from nf_devtools.otlp_sink import OtlpSink

BODY = {
    "domain": "DOMAIN_LITERARY",
    "task_type": "TASK_TYPE_ANALYSIS",
    "context_pack_id": "literary-demo",
    "user_query": "What makes a narrator unreliable?",
}


def _run(endpoint: str, requests: int) -> list[float]:
    env = {"NF_RATELIMIT_USER_PER_MINUTE": "1000000", "NF_RATELIMIT_TENANT_PER_MINUTE": "1000000"}
    if endpoint:
        env["NF_TRACING_OTLP_ENDPOINT"] = endpoint  # the services and Envoy
    with (
        tempfile.TemporaryDirectory() as work,
        running_mesh(Path(work), extra_env=env) as mesh,
        httpx.Client(base_url=mesh.gateway_url, headers=mesh.auth(), timeout=30) as client,
    ):
        for _ in range(30):  # warm-up: caches, connections
            client.post("/api/v1/inference", json=BODY).raise_for_status()
        samples = []
        for _ in range(requests):
            started = time.perf_counter()
            client.post("/api/v1/inference", json=BODY).raise_for_status()
            samples.append((time.perf_counter() - started) * 1e3)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    sink = OtlpSink().start()
    try:
        rows = {
            "export off": _run("", args.requests),
            "export on": _run(sink.endpoint, args.requests),
        }
    finally:
        sink.stop()
    print(f"{'mode':<12}{'p50 ms':>8}{'p90 ms':>8}")
    for name, samples in rows.items():
        p90 = statistics.quantiles(samples, n=10)[-1]
        print(f"{name:<12}{statistics.median(samples):>8.2f}{p90:>8.2f}")
    print(f"spans received: {len(sink.spans())}")


if __name__ == "__main__":
    main()
