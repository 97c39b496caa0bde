"""Per-call cost of tracing on one gRPC hop (client span + server span), export off and on.

Runs an in-process server with the standard interceptor chain and a ``create_channel`` client,
and times sequential unary calls in three modes: no tracing at all (the chain before tracing),
tracing with export off (ids propagate, nothing recorded) and tracing with export on (every
span recorded and batched to an in-process OTLP collector).

    .venv/bin/python bench/tracing/overhead.py [--calls 3000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from typing import Any

import grpc
from grpc import aio
from opentelemetry import trace
from opentelemetry.trace import SpanKind

import nf_core.channels
import nf_core.interceptors
from nf_core.server import ServiceSpec, start
from nf_core.settings import MeshSettings, Stage
from nf_core.tracing import build_provider, continue_trace, otlp_exporter
from nf_devtools.otlp_sink import OtlpSink

SERVICE = "nfbench.v1.Echo"


async def _echo(request: bytes, context: aio.ServicerContext[Any, Any]) -> bytes:
    return request


def _register(server: aio.Server) -> None:
    handler = grpc.unary_unary_rpc_method_handler(_echo)
    server.add_generic_rpc_handlers(
        (grpc.method_handlers_generic_handler(SERVICE, {"Echo": handler}),)
    )


class _Passthrough(aio.ServerInterceptor):  # type: ignore[type-arg]
    async def intercept_service(self, continuation: Any, details: Any) -> Any:
        return await continuation(details)


async def _measure(mode: str, calls: int, sink: OtlpSink) -> list[float]:
    settings = MeshSettings(internal_token="t", metrics_port_offset=0)
    provider = None
    if mode == "none":
        nf_core.interceptors.TracingInterceptor = lambda provider=None: _Passthrough()  # type: ignore[assignment,misc]
        nf_core.channels.outbound_traceparent = list  # type: ignore[assignment]
    else:
        exporter = otlp_exporter(sink.endpoint) if mode == "export on" else None
        provider = build_provider("orchestrator", settings, exporter)
    spec = ServiceSpec(Stage.ORCHESTRATOR, settings, [_register], [SERVICE])
    running = await start(spec, port=0, tracer_provider=provider)
    channel = nf_core.channels.create_channel(
        f"127.0.0.1:{running.port}", "t", tracer_provider=provider
    )
    echo = channel.unary_unary(f"/{SERVICE}/Echo", None, None)
    root = (provider or trace.get_tracer_provider()).get_tracer("bench")
    samples = []
    try:
        for _ in range(200):  # warm-up
            await echo(b"x")
        for _ in range(calls):
            started = time.perf_counter()
            # As in the orchestrator, the call is made while serving a request: that request's
            # trace is adopted (export off) or its server span started (export on) each time.
            if mode == "export on":
                with root.start_as_current_span("/bench/Request", kind=SpanKind.SERVER):
                    await echo(b"x")
            elif mode == "none":
                await echo(b"x")
            else:
                continue_trace({})
                await echo(b"x")
            samples.append((time.perf_counter() - started) * 1e6)
    finally:
        await channel.close(None)
        await running.stop(0)
        if provider is not None:
            provider.shutdown()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    sink = OtlpSink().start()
    results: dict[str, list[float]] = {"tracing, export off": [], "export on": []}
    original = (nf_core.interceptors.TracingInterceptor, nf_core.channels.outbound_traceparent)
    baseline: list[float] = []
    try:
        for _ in range(args.rounds):  # interleaved so that machine noise hits every mode
            for mode in ("tracing, export off", "export on"):
                results[mode] += asyncio.run(_measure(mode, args.calls, sink))
            baseline += asyncio.run(_measure("none", args.calls, sink))
            nf_core.interceptors.TracingInterceptor, nf_core.channels.outbound_traceparent = (
                original
            )
    finally:
        sink.stop()
    rows = {"no tracing": baseline, **results}
    base_p50 = statistics.median(baseline)
    print(f"{'mode':<22}{'p50 µs':>9}{'p90 µs':>9}{'Δp50 µs':>10}")
    for name, samples in rows.items():
        p50 = statistics.median(samples)
        p90 = statistics.quantiles(samples, n=10)[-1]
        print(f"{name:<22}{p50:>9.0f}{p90:>9.0f}{p50 - base_p50:>10.0f}")
    print(f"spans received by the collector: {len(sink.spans())}")


if __name__ == "__main__":
    main()
