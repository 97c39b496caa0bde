"""Metrics of the running mesh: the documented series after an inference, bounded cardinality."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Callable
from typing import Any, cast

import grpc
import httpx
import promql_parser
import pytest
from prometheus_client.parser import text_string_to_metric_families

from neuroforge.inference.v1 import inference_service_pb2 as pb
from neuroforge.inference.v1 import inference_service_pb2_grpc as pb_grpc
from nf_core.settings import Stage
from nf_devtools.mesh import START_ORDER, Mesh
from nf_devtools.paths import REPO_ROOT

pytestmark = pytest.mark.integration

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]

SERVED_BY = {
    "orchestrator": {Stage.ORCHESTRATOR},
    "context builder": {Stage.CONTEXT_BUILDER},
    "prompt engine": {Stage.PROMPT_ENGINE},
    "model router": {Stage.MODEL_ROUTER},
    "post-processor": {Stage.POST_PROCESSOR},
    "all six": set(START_ORDER),
}
ROLES = ("champion", "challenger")
STAGES = ("context_builder", "prompt_engine", "model_router", "evaluator", "post_processor")


def _text(url: str) -> str:
    response = httpx.get(url, timeout=10)
    assert response.status_code == 200
    return response.text


def _scrape(mesh: Mesh, stage: Stage) -> Samples:
    samples: Samples = {}
    for family in text_string_to_metric_families(_text(mesh.metrics_url(stage))):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def _families(mesh: Mesh, stage: Stage) -> set[str]:
    text = _text(mesh.metrics_url(stage))
    return {f.name for f in text_string_to_metric_families(text)}


def _sum(samples: Samples, name: str, /, **labels: str) -> float:
    wanted = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and wanted <= ls)


def _documented() -> dict[str, set[Stage]]:
    """Metric -> the services docs/operations.md says serve it."""
    served: dict[str, set[Stage]] = {}
    for line in (REPO_ROOT / "docs" / "operations.md").read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"`nf_\w+`", cells[0]):
            stages = [SERVED_BY[part.strip()] for part in cells[3].split(",")]
            served[cells[0].strip("`")] = set().union(*stages)
    return served


def _until(condition: Callable[[], bool], seconds: float = 15.0) -> None:
    for _ in range(int(seconds / 0.1)):
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("condition not reached in time")


def _infer_via_envoy(mesh: Mesh, subject: str, tenant: str) -> httpx.Response:
    # Temperature 0 makes the answer cacheable, so the router's cache is consulted (a miss:
    # the query is new).
    return httpx.post(
        f"{mesh.gateway_url}/api/v1/inference",
        headers=mesh.auth(subject, tenant),
        json={
            "domain": "DOMAIN_MARKET",
            "task_type": "TASK_TYPE_REASONING",
            "context_pack_id": "market-demo",
            "user_query": f"How do I calculate customer lifetime value? ({uuid.uuid4().hex[:8]})",
            "temperature": 0,
        },
        timeout=30,
    )


def _slot_score(mesh: Mesh) -> float:
    """The best score the router shows for (market, reasoning), champion or challenger."""
    # The post-processor's outbox reports the score to the router after answering.
    samples = _scrape(mesh, Stage.MODEL_ROUTER)
    labels = {"domain": "market", "task_type": "reasoning"}
    return max(
        (_sum(samples, "nf_router_champion_score", **labels, role=r) for r in ROLES), default=0
    )


def test_one_inference_moves_the_documented_series_of_every_service(mesh: Mesh) -> None:
    before = {stage: _scrape(mesh, stage) for stage in START_ORDER}

    response = _infer_via_envoy(mesh, "metrics-probe", "metrics-tenant")
    assert response.status_code == 200, response.text
    model = response.json()["model_id"]
    _until(lambda: _slot_score(mesh) > 0)
    after = {stage: _scrape(mesh, stage) for stage in START_ORDER}

    def grew(service: Stage, name: str, /, **labels: str) -> float:
        return _sum(after[service], name, **labels) - _sum(before[service], name, **labels)

    orchestrator = Stage.ORCHESTRATOR
    for stage in STAGES:
        assert grew(orchestrator, "nf_pipeline_stage_seconds_count", stage=stage, outcome="ok") == 1
    infer = {"grpc_service": "neuroforge.inference.v1.InferenceService", "grpc_method": "Infer"}
    assert grew(orchestrator, "nf_grpc_server_handled_total", **infer, grpc_code="OK") == 1
    assert grew(orchestrator, "nf_grpc_server_handling_seconds_count", **infer) == 1

    context = Stage.CONTEXT_BUILDER
    assert grew(context, "nf_context_windows_total") == 1
    assert grew(context, "nf_cache_lookups_total", cache="context_window") == 1
    assert _sum(after[context], "nf_context_dataforge_configured") == 0

    assert grew(Stage.PROMPT_ENGINE, "nf_cache_lookups_total", cache="prompt_chunk_tokens") >= 1

    router = Stage.MODEL_ROUTER
    assert grew(router, "nf_router_answers_total", source="provider") == 1
    assert grew(router, "nf_cache_lookups_total", cache="router_answer", result="miss") == 1
    assert grew(router, "nf_router_model_calls_total", model=model, outcome="ok") == 1
    assert grew(router, "nf_router_tokens_total", model=model, direction="in") > 0
    assert grew(router, "nf_router_tokens_total", model=model, direction="out") > 0
    assert _sum(after[router], "nf_circuit_breaker_state", dependency=f"model:{model}") == 0
    assert 0 < _slot_score(mesh) <= 1

    assert _sum(after[Stage.POST_PROCESSOR], "nf_post_spool_depth") == 0
    assert grew(Stage.EVALUATOR, "nf_grpc_server_handled_total", grpc_code="OK") >= 1


@pytest.mark.parametrize("stage", START_ORDER, ids=[s.value for s in START_ORDER])
def test_each_service_exposes_the_families_the_catalogue_gives_it(mesh: Mesh, stage: Stage) -> None:
    exposed = _families(mesh, stage)
    # The text format names a counter's family without its _total suffix.
    expected = {
        name.removesuffix("_total") for name, stages in _documented().items() if stage in stages
    }

    assert expected
    assert expected <= exposed


def test_envoy_admin_exposes_the_gateway_series_the_dashboards_use(mesh: Mesh) -> None:
    _infer_via_envoy(mesh, "metrics-probe", "metrics-tenant")
    text = _text(f"http://127.0.0.1:{mesh.gateway_admin_port}/stats/prometheus")

    assert re.search(
        r'^envoy_http_downstream_rq_xx\{[^}]*envoy_response_code_class="2"', text, re.M
    )
    assert re.search(r"^envoy_cluster_upstream_rq_time_bucket\{", text, re.M)
    used = {name for name in _dashboard_metrics() if name.startswith("envoy_")}
    assert used
    for name in used:
        assert re.search(rf"^{name}\{{", text, re.M), name


def _dashboard_metrics() -> set[str]:
    names: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, promql_parser.VectorSelector) and node.name:
            names.add(node.name)

    for path in (REPO_ROOT / "helm" / "neuroforge" / "dashboards").glob("*.json"):
        for panel in json.loads(path.read_text())["panels"]:
            for target in panel["targets"]:
                expr = target["expr"].replace("$__rate_interval", "5m")
                promql_parser.walk(promql_parser.parse(expr), visit)
    return names


def _series_count(mesh: Mesh) -> dict[Stage, int]:
    return {stage: len(_scrape(mesh, stage)) for stage in START_ORDER}


def test_metric_series_do_not_grow_with_a_thousand_users(mesh: Mesh) -> None:
    """1000 distinct users (and tenants) through auth and rate limiting add no series."""
    address = mesh.grpc_address(Stage.ORCHESTRATOR)
    missing = pb.GetInferenceRequest(inference_id=str(uuid.uuid4()))

    def lookup(stub: pb_grpc.InferenceServiceStub, subject: str, tenant: str) -> grpc.StatusCode:
        # ES256: loading the RSA dev key costs ~50 ms per token, the EC key well under 1 ms.
        token = mesh.token(subject, tenant, algorithm="ES256")
        with pytest.raises(grpc.RpcError) as raised:
            stub.GetInference(missing, timeout=10, metadata=(("authorization", f"Bearer {token}"),))
        call = cast(grpc.Call, raised.value)
        assert dict(call.initial_metadata())["x-ratelimit-limit"]  # charged to a budget
        return call.code()

    # Warm up every label combination the loop uses, including a full inference's.
    assert _infer_via_envoy(mesh, "warm-user", "warm-tenant").status_code == 200
    _until(lambda: _slot_score(mesh) > 0)
    with grpc.insecure_channel(address) as channel:
        stub = pb_grpc.InferenceServiceStub(channel)
        assert lookup(stub, "warm-user", "warm-tenant") == grpc.StatusCode.NOT_FOUND
        before = _series_count(mesh)

        run = uuid.uuid4().hex[:6]
        codes = set()
        for n in range(1000):
            subject, tenant = f"user-{run}-{n}", f"tenant-{run}-{n}"
            if n % 100 == 0:  # every hundredth user runs a whole inference through Envoy
                assert _infer_via_envoy(mesh, subject, tenant).status_code == 200
            else:
                codes.add(lookup(stub, subject, tenant))

    after = _series_count(mesh)
    assert codes == {grpc.StatusCode.NOT_FOUND}
    # The orchestrator, which knows every user, must not have a single new series. Elsewhere a
    # full inference may legitimately reach a new label value (the challenger model answering,
    # a champion change): a few histograms at most, nowhere near one series per user.
    assert after[Stage.ORCHESTRATOR] == before[Stage.ORCHESTRATOR]
    for stage in START_ORDER:
        assert after[stage] - before[stage] < 100, stage
    exposed = "".join(_text(mesh.metrics_url(stage)) for stage in START_ORDER)
    assert f"user-{run}" not in exposed
    assert f"tenant-{run}" not in exposed
