"""One inference through Envoy yields one trace across Envoy and all six services.

The mesh runs with every outbound dependency a span can describe: DataForge (fake), Redis and
PostgreSQL; Envoy and the services export to an in-process OTLP collector.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx
import pytest
import redis

from nf_devtools.fake_dataforge import FakeDataForge
from nf_devtools.mesh import Mesh, running_mesh
from nf_devtools.otlp_sink import OtlpSink, ReceivedSpan

pytestmark = pytest.mark.integration

QUERY = "Which clue betrays the narrator of the lighthouse story? zebra-quartz-7741"
SERVICES = {
    "gateway",
    "orchestrator",
    "context_builder",
    "prompt_engine",
    "model_router",
    "evaluator",
    "post_processor",
}
SERVER, CLIENT = 2, 3  # OTLP SpanKind values


@dataclass(frozen=True)
class TracedInference:
    """What one inference left behind: its response, its spans and the mesh's log files."""

    response: httpx.Response
    token: str
    spans: list[ReceivedSpan]
    mesh: Mesh
    sink: OtlpSink


async def _create_database(admin_dsn: str, name: str, drop: bool = False) -> None:
    connection = await asyncpg.connect(admin_dsn)
    try:
        if drop:
            await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


@pytest.fixture(scope="module")
def traced(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_dsn: str, redis_url: str
) -> Iterator[TracedInference]:
    work = tmp_path_factory.mktemp("tracing-mesh")
    # A Redis database of its own (other meshes count rate limits in db 0), emptied so that the
    # context window is a cache miss that reaches DataForge.
    own_redis = redis_url.rsplit("/", 1)[0] + "/9"
    redis.Redis.from_url(own_redis).flushdb()
    database = f"nf_trace_{uuid.uuid4().hex[:12]}"
    asyncio.run(_create_database(postgres_admin_dsn, database))
    sink = OtlpSink().start()
    dataforge = FakeDataForge().start_in_thread()
    env = {
        "NF_TRACING_OTLP_ENDPOINT": sink.endpoint,
        "NF_TRACING_EXPORT_DELAY_SECONDS": "0.2",
        "NF_DATAFORGE_URL": dataforge.url,
        "NF_CONTEXT_LKG_PATH": str(work / "lkg.sqlite3"),
        "NF_REDIS_URL": own_redis,
        "NF_DATABASE_URL": postgres_admin_dsn.rsplit("/", 1)[0] + f"/{database}",
    }
    try:
        with running_mesh(work, extra_env=env) as mesh:  # Envoy exports there too
            token = mesh.token("tracer", "tracing-tenant")
            response = _infer(mesh, token)
            trace_id = response.headers.get("x-trace-id", "")

            def complete(spans: list[ReceivedSpan]) -> bool:
                # A process exports its spans in the order they end and a server span ends
                # after everything it caused there: one server span per process means all.
                servers = {s.service for s in spans if s.trace_id == trace_id and s.kind == SERVER}
                return servers == SERVICES

            spans = sink.wait_for(complete, timeout_seconds=15)
            yield TracedInference(response, token, spans, mesh, sink)
    except RuntimeError as error:
        logs = "\n".join(f"--- {p.name}\n{p.read_text()[-1500:]}" for p in Path(work).glob("*.log"))
        pytest.fail(f"{error}\n{logs}", pytrace=False)
    finally:
        dataforge.stop_thread()
        sink.stop()
        asyncio.run(_create_database(postgres_admin_dsn, database, drop=True))


def _infer(mesh: Mesh, token: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.post(
        f"{mesh.gateway_url}/api/v1/inference",
        json={
            "domain": "DOMAIN_LITERARY",
            "task_type": "TASK_TYPE_ANALYSIS",
            "context_pack_id": "literary-demo",
            "user_query": QUERY,
        },
        headers={"authorization": f"Bearer {token}", **(headers or {})},
        timeout=30,
    )


def _trace(traced: TracedInference) -> list[ReceivedSpan]:
    trace_id = traced.response.headers["x-trace-id"]
    return [span for span in traced.spans if span.trace_id == trace_id]


def test_inference_answers_with_its_trace_id_in_the_response_headers(
    traced: TracedInference,
) -> None:
    assert traced.response.status_code == 200, traced.response.text
    trace_id = traced.response.headers["x-trace-id"]
    assert len(trace_id) == 32
    assert trace_id == trace_id.lower()
    int(trace_id, 16)
    assert trace_id != "0" * 32


def test_one_trace_holds_spans_from_envoy_and_all_six_services(traced: TracedInference) -> None:
    spans = _trace(traced)
    assert {span.service for span in spans} == SERVICES
    roots = [span for span in spans if not span.parent_span_id]
    assert [(root.service, root.kind) for root in roots] == [("gateway", SERVER)]


def test_spans_nest_envoy_orchestrator_stage_client_stage_server(
    traced: TracedInference,
) -> None:
    spans = _trace(traced)
    by_id = {span.span_id: span for span in spans}
    assert all(span.parent_span_id in by_id for span in spans if span.parent_span_id)
    envoy = next(span for span in spans if span.service == "gateway")
    orchestrator = next(
        span
        for span in spans
        if span.service == "orchestrator" and span.kind == SERVER and "Infer" in span.name
    )
    assert orchestrator.parent_span_id == envoy.span_id
    stage_calls = {
        "context_builder": "/neuroforge.context.v1.ContextService/BuildContext",
        "prompt_engine": "/neuroforge.prompt.v1.PromptService/BuildPrompt",
        "model_router": "/neuroforge.router.v1.RouterService/Generate",
        "evaluator": "/neuroforge.evaluator.v1.EvaluatorService/Evaluate",
        "post_processor": "/neuroforge.postprocess.v1.PostProcessorService/RecordInference",
    }
    for service, method in stage_calls.items():
        server = next(s for s in spans if s.service == service and s.kind == SERVER)
        assert server.name == method
        client = by_id[server.parent_span_id]
        assert (client.service, client.kind, client.name) == ("orchestrator", CLIENT, method)
        assert client.parent_span_id == orchestrator.span_id


def test_outbound_calls_are_children_of_the_stage_that_made_them(traced: TracedInference) -> None:
    spans = _trace(traced)
    by_id = {span.span_id: span for span in spans}

    def server_of(span: ReceivedSpan) -> ReceivedSpan:
        while span.kind != SERVER:
            span = by_id[span.parent_span_id]
        return span

    outbound = {
        (span.service, span.attributes.get("db.system") or span.name.split()[0])
        for span in spans
        if span.kind == CLIENT and span.service != "orchestrator"
    }
    assert ("context_builder", "POST") in outbound  # DataForge over httpx
    assert ("context_builder", "redis") in outbound  # window cache
    assert ("model_router", "provider") in outbound  # the model call
    assert ("post_processor", "postgresql") in outbound  # the stored record
    for span in spans:
        if span.kind == CLIENT and span.service != "orchestrator":
            assert server_of(span).service == span.service


def test_spans_carry_the_pipeline_attributes(traced: TracedInference) -> None:
    spans = _trace(traced)
    body = traced.response.json()
    orchestrator = next(
        s for s in spans if s.service == "orchestrator" and s.kind == SERVER and "Infer" in s.name
    )
    attributes = orchestrator.attributes
    assert attributes["neuroforge.domain"] == "literary"
    assert attributes["neuroforge.task_type"] == "analysis"
    assert attributes["neuroforge.pack_id"] == "literary-demo"
    assert attributes["neuroforge.model_id"] == body["model_id"]
    assert attributes["neuroforge.evaluation_score"] == pytest.approx(body["evaluation_score"])
    assert attributes["neuroforge.tier"].startswith("CONTEXT_TIER_")
    tokens = attributes["neuroforge.prompt_tokens"] + attributes["neuroforge.completion_tokens"]
    assert tokens == body["tokens_used"]
    context = next(s for s in spans if s.service == "context_builder" and s.kind == SERVER)
    assert context.attributes["neuroforge.cache"] == "miss"  # the fixture emptied Redis
    assert context.attributes["neuroforge.tier"] == "CONTEXT_TIER_DATAFORGE"
    router = next(s for s in spans if s.service == "model_router" and s.kind == SERVER)
    assert router.attributes["neuroforge.model_id"] == body["model_id"]


def test_no_span_carries_the_query_text_or_the_bearer_token(traced: TracedInference) -> None:
    dumped = json.dumps([(s.name, s.attributes, s.events) for s in _trace(traced)], default=str)
    assert "zebra-quartz-7741" not in dumped
    assert traced.token not in dumped
    assert traced.token.split(".")[2] not in dumped  # not even the signature


def test_log_lines_of_the_request_carry_its_trace_id(traced: TracedInference) -> None:
    trace_id = traced.response.headers["x-trace-id"]
    request_id = traced.response.headers["x-request-id"]
    seen = set()
    for stage in SERVICES - {"gateway"}:
        for line in (traced.mesh.log_dir / f"{stage}.log").read_text().splitlines():
            if not line.startswith("{"):
                continue
            record = json.loads(line)
            assert {"trace_id", "span_id", "request_id"} <= record.keys()
            if record["request_id"] == request_id:
                assert record["trace_id"] == trace_id, record
                seen.add(stage)
    assert "orchestrator" in seen


def test_envoy_continues_a_client_traceparent_as_the_parent_of_its_span(
    traced: TracedInference,
) -> None:
    trace_id, client_span = uuid.uuid4().hex, uuid.uuid4().hex[:16]
    response = _infer(traced.mesh, traced.token, {"traceparent": f"00-{trace_id}-{client_span}-01"})
    assert response.status_code == 200, response.text
    assert response.headers["x-trace-id"] == trace_id

    def arrived(spans: list[ReceivedSpan]) -> bool:
        services = {s.service for s in spans if s.trace_id == trace_id and s.kind == SERVER}
        return {"gateway", "orchestrator"} <= services

    spans = [s for s in traced.sink.wait_for(arrived, 15) if s.trace_id == trace_id]
    envoy = next(s for s in spans if s.service == "gateway")
    orchestrator = next(s for s in spans if s.service == "orchestrator" and s.kind == SERVER)
    assert envoy.parent_span_id == client_span
    assert orchestrator.parent_span_id == envoy.span_id
