"""StreamInfer end to end: a mesh whose best model is a fake OpenAI server streaming slowly.

The fake runs on its own event loop in a background thread so that these synchronous tests can
script its faults and read what it saw while the mesh processes talk to it.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

import grpc
import httpx
import pytest

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.inference.v1 import inference_service_pb2 as pb
from neuroforge.inference.v1 import inference_service_pb2_grpc as pb_grpc
from nf_core.settings import Stage
from nf_devtools.fakes.openai import FakeOpenAI
from nf_devtools.fakes.server import Fault
from nf_devtools.mesh import Mesh, running_mesh
from nf_devtools.paths import REPO_ROOT

pytestmark = pytest.mark.integration

# 24 pieces, 50 ms apart: the answer takes at least 1.15 s to stream.
REPLY = (
    "Vaccines show the immune system a harmless likeness of a pathogen, so that memory cells "
    "learn to recognise it and answer quickly when the real infection arrives later on."
)
PIECE_DELAY = 0.05
REST_BODY = {
    "domain": "DOMAIN_GENERAL",
    "task_type": "TASK_TYPE_ANALYSIS",
    "context_pack_id": "general-demo",
    "user_query": "How do vaccines train the immune system?",
}
FAKE_MODEL = "openai/fake-stream"
LOCAL_MODEL = "local/extractive"


class FakeInThread:
    """A fake OpenAI server serving from a background thread's event loop."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        fake = FakeOpenAI(reply=REPLY, piece_delay_seconds=PIECE_DELAY)
        self.fake = asyncio.run_coroutine_threadsafe(fake.start(), self.loop).result(5)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.fake.stop(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


def _registry(path: Path, base_url: str) -> Path:
    path.write_text(
        f'[[models]]\nmodel_id = "{FAKE_MODEL}"\nprovider = "openai"\nmodel_name = "fake-model"\n'
        f'base_url = "{base_url}"\ncontext_window = 32768\ncost_per_1k_input = 0.001\n'
        "cost_per_1k_output = 0.002\nexpected_latency_ms = 50\n"
        "quality = { literary = 0.95, market = 0.95, general = 0.95 }\n\n"
        f'[[models]]\nmodel_id = "{LOCAL_MODEL}"\nprovider = "local"\nmodel_name = "extractive"\n'
        "context_window = 32768\nexpected_latency_ms = 5\n"
        "quality = { literary = 0.6, market = 0.6, general = 0.6 }\n"
    )
    return path


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeInThread]:
    """The slow-streaming fake model."""
    running = FakeInThread()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def stream_mesh(fake: FakeInThread, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mesh]:
    """A mesh that prefers the fake (quality) except for market, which defaults to cost."""
    work = tmp_path_factory.mktemp("stream-mesh")
    env = {
        "NF_ROUTER_REGISTRY_PATH": str(_registry(work / "models.toml", fake.fake.base_url)),
        "NF_ROUTER_DEFAULT_STRATEGY": "quality_optimized",
        "NF_ROUTER_DOMAIN_STRATEGIES": '{"market": "cost_optimized"}',
        "NF_ROUTER_MAX_ATTEMPTS_PER_MODEL": "1",
        "NF_ROUTER_PROVIDER_TIMEOUT_SECONDS": "5",
        "NF_ROUTER_DEDUP_WINDOW_SECONDS": "0",
        "NF_OPENAI_API_KEY": "sk-test",
        "NF_RATELIMIT_USER_PER_MINUTE": "100000",
        "NF_RATELIMIT_TENANT_PER_MINUTE": "1000000",
    }
    try:
        with running_mesh(work, extra_env=env) as running:
            yield running
    except RuntimeError as error:
        logs = "\n".join(f"--- {p.name}\n{p.read_text()[-1500:]}" for p in work.glob("*.log"))
        pytest.fail(f"{error}\n{logs}", pytrace=False)


def _request(**fields: object) -> pb.StreamInferRequest:
    base: dict[str, object] = {
        "domain": common_pb.DOMAIN_GENERAL,
        "task_type": common_pb.TASK_TYPE_ANALYSIS,
        "context_pack_id": "general-demo",
        "user_query": "How do vaccines train the immune system?",
    }
    return pb.StreamInferRequest(**{**base, **fields})  # type: ignore[arg-type]


def _bearer(mesh: Mesh) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {mesh.token()}"),)


def _stub(mesh: Mesh, channel: grpc.Channel) -> pb_grpc.InferenceServiceStub:
    return pb_grpc.InferenceServiceStub(channel)


def _timed_stream(
    mesh: Mesh, request: pb.StreamInferRequest
) -> list[tuple[float, pb.StreamInferResponse]]:
    with grpc.insecure_channel(mesh.grpc_address(Stage.ORCHESTRATOR)) as channel:
        call = _stub(mesh, channel).StreamInfer(request, timeout=30, metadata=_bearer(mesh))
        return [(time.monotonic(), message) for message in call]


def _drain(
    mesh: Mesh, request: pb.StreamInferRequest, received: list[pb.StreamInferResponse]
) -> None:
    """Read a stream into ``received`` until it ends (or raises its status)."""
    with grpc.insecure_channel(mesh.grpc_address(Stage.ORCHESTRATOR)) as channel:
        call = _stub(mesh, channel).StreamInfer(request, timeout=30, metadata=_bearer(mesh))
        received.extend(call)


@contextmanager
def _rest_stream(mesh: Mesh) -> Iterator[httpx.Response]:
    """POST REST_BODY to the streaming route through Envoy with a token; the open response."""
    with (
        httpx.Client(timeout=30) as client,
        client.stream(
            "POST",
            f"{mesh.gateway_url}/api/v1/inference:stream",
            json=REST_BODY,
            headers=mesh.auth(),
        ) as response,
    ):
        yield response


def _sse_events(response: httpx.Response) -> list[dict[str, object]]:
    events = []
    for line in response.iter_lines():
        if line.startswith("data:"):
            events.append(json.loads(line.removeprefix("data:").strip()))
    return events


def test_grpc_stream_relays_text_while_the_model_writes_and_ends_with_the_stored_result(
    stream_mesh: Mesh,
) -> None:
    timed = _timed_stream(stream_mesh, _request())

    deltas = [(t, m.delta) for t, m in timed if m.WhichOneof("event") == "delta"]
    final = timed[-1][1]
    assert final.WhichOneof("event") == "result"
    assert all(m.WhichOneof("event") == "delta" for _, m in timed[:-1])
    assert len(deltas) >= 10
    # The fake sleeps 50 ms between its 24 pieces: a relay that buffered the answer would
    # deliver every fragment at once, a streaming one spreads them over more than a second.
    assert deltas[-1][0] - deltas[0][0] >= 0.5
    result = final.result
    assert "".join(text for _, text in deltas) == result.output == REPLY
    assert result.model_id == FAKE_MODEL
    assert result.routing_strategy == common_pb.ROUTING_STRATEGY_QUALITY_OPTIMIZED

    with grpc.insecure_channel(stream_mesh.grpc_address(Stage.ORCHESTRATOR)) as channel:
        stored = (
            _stub(stream_mesh, channel)
            .GetInference(
                pb.GetInferenceRequest(inference_id=result.inference_id),
                timeout=10,
                metadata=_bearer(stream_mesh),
            )
            .inference
        )
    assert stored.output == result.output
    assert (stored.model_id, stored.tokens_used, stored.latency_ms) == (
        result.model_id,
        result.tokens_used,
        result.latency_ms,
    )
    assert stored.evaluation_score == pytest.approx(result.evaluation_score)
    assert stored.passed_evaluation == result.passed_evaluation
    assert stored.provenance.routing_strategy == common_pb.ROUTING_STRATEGY_QUALITY_OPTIMIZED


def test_rest_stream_through_envoy_is_server_sent_events(stream_mesh: Mesh) -> None:
    with _rest_stream(stream_mesh) as response:
        events = _sse_events(response)
        status, content_type = response.status_code, response.headers["content-type"]
        request_id = response.headers.get("x-request-id")

    assert status == 200
    assert content_type.startswith("text/event-stream")
    assert [set(e) for e in events[:-1]] == [{"delta"}] * (len(events) - 1)
    assert len(events) > 10
    final = events[-1]["result"]
    assert isinstance(final, dict)
    assert "".join(str(e["delta"]) for e in events[:-1]) == final["output"] == REPLY
    assert final["routing_strategy"] == "ROUTING_STRATEGY_QUALITY_OPTIMIZED"
    assert final["request_id"] == request_id

    # The unary route keeps its plain JSON object.
    unary = httpx.post(
        f"{stream_mesh.gateway_url}/api/v1/inference", json=REST_BODY, headers=stream_mesh.auth()
    )
    assert unary.headers["content-type"].startswith("application/json")
    assert unary.json()["output"] == REPLY


def test_rest_stream_without_a_token_is_401(stream_mesh: Mesh) -> None:
    response = httpx.post(
        f"{stream_mesh.gateway_url}/api/v1/inference:stream",
        json={"domain": "DOMAIN_GENERAL"},
        timeout=10,
    )

    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_an_invalid_request_fails_before_any_chunk(stream_mesh: Mesh) -> None:
    received: list[pb.StreamInferResponse] = []
    with pytest.raises(grpc.RpcError) as raised:
        _drain(stream_mesh, _request(user_query="  "), received)
    assert received == []
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert (raised.value.details() or "").startswith("user_query:")

    url = f"{stream_mesh.gateway_url}/api/v1/inference:stream"
    auth = stream_mesh.auth()
    by_number = httpx.post(url, json={**REST_BODY, "routing_strategy": 42}, headers=auth)
    by_name = httpx.post(url, json={**REST_BODY, "routing_strategy": "FASTEST"}, headers=auth)
    assert by_number.status_code == 400
    assert by_number.json()["message"].startswith("routing_strategy: unknown value 42; one of")
    assert "ROUTING_STRATEGY_COST_OPTIMIZED" in by_number.json()["message"]
    assert by_name.status_code == 400
    assert "routing_strategy" in by_name.text


def test_a_provider_failure_after_text_ends_the_stream_with_an_error(
    stream_mesh: Mesh, fake: FakeInThread
) -> None:
    stored_before = _stored_count(stream_mesh)
    fake.fake.script(Fault.cut())
    received: list[pb.StreamInferResponse] = []
    with pytest.raises(grpc.RpcError) as raised:
        _drain(stream_mesh, _request(), received)

    assert raised.value.code() == grpc.StatusCode.UNAVAILABLE
    assert "incomplete" in (raised.value.details() or "")
    assert received[0].WhichOneof("event") == "delta"
    assert REPLY.startswith(received[0].delta)
    assert received[-1].WhichOneof("event") == "error"
    assert received[-1].error.code == grpc.StatusCode.UNAVAILABLE.value[0]
    assert not any(m.WhichOneof("event") == "result" for m in received)

    # Over REST (HTTP/1.1, already committed to 200) the error arrives as the last event.
    fake.fake.script(Fault.cut())
    with _rest_stream(stream_mesh) as response:
        events = _sse_events(response)
    assert response.status_code == 200
    assert "delta" in events[0]
    error = events[-1]["error"]
    assert isinstance(error, dict)
    assert error["code"] == grpc.StatusCode.UNAVAILABLE.value[0]
    assert "incomplete" in str(error["message"])
    assert _stored_count(stream_mesh) == stored_before  # an incomplete answer is not stored


def test_a_deadline_expiring_mid_stream_ends_it_and_stores_nothing(
    stream_mesh: Mesh, fake: FakeInThread
) -> None:
    stored_before = _stored_count(stream_mesh)
    disconnects_before = fake.fake.client_disconnects
    received: list[pb.StreamInferResponse] = []
    # The whole answer takes over 1.15 s; the caller gives it 1 s (the first piece comes
    # after 60-300 ms).
    with grpc.insecure_channel(stream_mesh.grpc_address(Stage.ORCHESTRATOR)) as channel:
        call = _stub(stream_mesh, channel).StreamInfer(
            _request(), timeout=1.0, metadata=_bearer(stream_mesh)
        )
        with pytest.raises(grpc.RpcError) as raised:
            received.extend(call)

    assert raised.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    *deltas, last = received
    assert deltas
    assert all(m.WhichOneof("event") == "delta" for m in deltas)
    assert last.WhichOneof("event") == "error"  # as for any failure after text
    assert last.error.code == grpc.StatusCode.DEADLINE_EXCEEDED.value[0]
    assert REPLY.startswith("".join(m.delta for m in deltas))
    assert len("".join(m.delta for m in deltas)) < len(REPLY)
    # The orchestrator's deadline reaches the router, which hangs up on the model.
    _await_disconnects(fake, disconnects_before + 1)
    assert _stored_count(stream_mesh) == stored_before


def _stored_count(mesh: Mesh) -> int:
    with grpc.insecure_channel(mesh.grpc_address(Stage.ORCHESTRATOR)) as channel:
        page = _stub(mesh, channel).ListInferences(
            pb.ListInferencesRequest(page_size=1000), timeout=10, metadata=_bearer(mesh)
        )
    return len(page.inferences)


def test_a_provider_failure_before_any_text_falls_back_to_the_next_model(
    stream_mesh: Mesh, fake: FakeInThread
) -> None:
    fake.fake.script(Fault.error(500))

    timed = _timed_stream(stream_mesh, _request())

    result = timed[-1][1].result
    assert result.model_id == LOCAL_MODEL
    assert "".join(m.delta for _, m in timed[:-1]) == result.output
    assert not any(m.WhichOneof("event") == "error" for _, m in timed)


def test_cancelling_the_stream_closes_the_provider_connection(
    stream_mesh: Mesh, fake: FakeInThread
) -> None:
    before = fake.fake.client_disconnects
    with grpc.insecure_channel(stream_mesh.grpc_address(Stage.ORCHESTRATOR)) as channel:
        call = _stub(stream_mesh, channel).StreamInfer(
            _request(), timeout=30, metadata=_bearer(stream_mesh)
        )
        first = next(iter(call))
        cast("grpc.Future[pb.StreamInferResponse]", call).cancel()
    assert first.WhichOneof("event") == "delta"

    _await_disconnects(fake, before + 1)

    # A REST client closing its connection through Envoy stops the provider the same way.
    with _rest_stream(stream_mesh) as response:
        first_line = next(line for line in response.iter_lines() if line)
    assert first_line.startswith('data: {"delta"')
    _await_disconnects(fake, before + 2)


def _await_disconnects(fake: FakeInThread, expected: int) -> None:
    # Bounded wait: the fake notices on its next write (every 50 ms) once the router hung up.
    give_up = time.monotonic() + 5
    while fake.fake.client_disconnects < expected and time.monotonic() < give_up:
        time.sleep(0.05)
    assert fake.fake.client_disconnects == expected


def _infer(mesh: Mesh, domain: int, strategy: int = 0) -> pb.InferResponse:
    request = pb.InferRequest(
        domain=domain,  # type: ignore[arg-type]
        task_type=common_pb.TASK_TYPE_ANALYSIS,
        context_pack_id="general-demo" if domain == common_pb.DOMAIN_GENERAL else "market-demo",
        user_query="Which trends matter most this year?",
        routing_strategy=strategy,  # type: ignore[arg-type]
    )
    with grpc.insecure_channel(mesh.grpc_address(Stage.ORCHESTRATOR)) as channel:
        response: pb.InferResponse = _stub(mesh, channel).Infer(
            request, timeout=30, metadata=_bearer(mesh)
        )
    return response


def test_the_request_strategy_then_the_domain_default_then_the_global_default_choose(
    stream_mesh: Mesh,
) -> None:
    general, market = common_pb.DOMAIN_GENERAL, common_pb.DOMAIN_MARKET
    cost = common_pb.ROUTING_STRATEGY_COST_OPTIMIZED
    quality = common_pb.ROUTING_STRATEGY_QUALITY_OPTIMIZED

    chosen = {
        "general, unspecified": _infer(stream_mesh, general),
        "general, cost": _infer(stream_mesh, general, cost),
        "market, unspecified": _infer(stream_mesh, market),
        "market, quality": _infer(stream_mesh, market, quality),
    }

    assert {name: (r.model_id, r.routing_strategy) for name, r in chosen.items()} == {
        "general, unspecified": (FAKE_MODEL, quality),
        "general, cost": (LOCAL_MODEL, cost),
        "market, unspecified": (LOCAL_MODEL, cost),
        "market, quality": (FAKE_MODEL, quality),
    }
    streamed = _timed_stream(stream_mesh, _request(routing_strategy=cost))[-1][1].result
    assert (streamed.model_id, streamed.routing_strategy) == (LOCAL_MODEL, cost)


def test_a_bad_domain_strategy_map_stops_the_router_at_start_up(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("NF_")}
    env["NF_ROUTER_DOMAIN_STRATEGIES"] = '{"sports": "cost_optimized"}'

    finished = subprocess.run(
        [sys.executable, "-m", "services.model_router"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert finished.returncode != 0
    assert "router_domain_strategies" in finished.stderr
    assert "unknown domain(s) ['sports']" in finished.stderr


def test_a_repeated_idempotency_key_replays_the_stored_answer_as_one_fragment(
    stream_mesh: Mesh, fake: FakeInThread
) -> None:
    key = f"stream-{time.monotonic_ns()}"
    first = _timed_stream(stream_mesh, _request(idempotency_key=key))
    calls_after_first = len(fake.fake.requests)

    again = [m for _, m in _timed_stream(stream_mesh, _request(idempotency_key=key))]

    original = first[-1][1].result
    assert not original.idempotent_replay
    assert [m.WhichOneof("event") for m in again] == ["delta", "result"]
    assert again[0].delta == original.output == REPLY
    assert again[1].result.idempotent_replay
    assert again[1].result.inference_id == original.inference_id
    assert again[1].result.routing_strategy == original.routing_strategy
    assert len(fake.fake.requests) == calls_after_first
