"""The LLM judge: answers replace the judged scores; hangs, errors and garbage fall back."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import grpc
import pytest
from grpc import aio

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.evaluator.v1 import evaluator_service_pb2 as evaluator_pb
from neuroforge.router.v1 import router_service_pb2 as router_pb
from neuroforge.router.v1 import router_service_pb2_grpc as router_grpc
from nf_core.channels import create_channel
from services.evaluator.judge import JudgeError, RouterJudge, judged_evaluation, parse_scores
from services.evaluator.scoring import evaluate
from services.evaluator.servicer import EvaluatorServicer
from services.evaluator.settings import DEFAULT_WEIGHTS, EvaluatorSettings

JUDGE_MODEL = "local/judge"
QUERY = "How do plants use light energy in photosynthesis?"
CONTEXT = "Photosynthesis uses light energy to turn carbon dioxide and water into sugar."
OUTPUT = "Photosynthesis uses light energy to turn carbon dioxide and water into sugar. [1]"
VERDICT = json.dumps({"relevance": 0.2, "correctness": 0.3, "coherence": 0.4, "reason": "weak"})

Behaviour = Callable[[router_pb.GenerateRequest], Any]


class FakeRouter(router_grpc.RouterServiceServicer):
    """RouterService.Generate that does whatever the test sets as ``behaviour``."""

    def __init__(self) -> None:
        self.behaviour: Behaviour = lambda request: VERDICT
        self.model_id = JUDGE_MODEL
        self.requests: list[router_pb.GenerateRequest] = []

    async def Generate(
        self, request: router_pb.GenerateRequest, context: aio.ServicerContext[Any, Any]
    ) -> router_pb.GenerateResponse:
        self.requests.append(request)
        output = self.behaviour(request)
        if asyncio.iscoroutine(output):
            output = await output
        if isinstance(output, grpc.StatusCode):
            await context.abort(output, "router says no")
        return router_pb.GenerateResponse(
            result=common_pb.ModelResult(model_id=self.model_id, output=str(output))
        )


@pytest.fixture
async def router() -> AsyncIterator[tuple[FakeRouter, str]]:
    server = aio.server()
    fake = FakeRouter()  # type: ignore[abstract]  # only Generate is served
    router_grpc.add_RouterServiceServicer_to_server(fake, server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        yield fake, f"127.0.0.1:{port}"
    finally:
        await server.stop(0)


def _heuristic() -> Any:
    return evaluate(QUERY, OUTPUT, CONTEXT, "", dict(DEFAULT_WEIGHTS), 0.6)


async def _judged(address: str, remaining: float | None, limit: float = 30.0) -> Any:
    channel = create_channel(address, "internal-token")
    try:
        judge = RouterJudge(channel, JUDGE_MODEL, timeout_seconds=limit)
        return await judged_evaluation(
            judge,
            _heuristic(),
            dict(DEFAULT_WEIGHTS),
            domain=common_pb.DOMAIN_GENERAL,
            task_type=common_pb.TASK_TYPE_ANALYSIS,
            query=QUERY,
            context_text=CONTEXT,
            output=OUTPUT,
            remaining=remaining,
        )
    finally:
        await channel.close(None)


async def test_judge_answer_replaces_the_judged_scores_and_keeps_policy_heuristic(
    router: tuple[FakeRouter, str],
) -> None:
    fake, address = router

    result, outcome = await _judged(address, remaining=5.0)

    assert outcome.used
    assert not outcome.fallback
    assert outcome.model_id == JUDGE_MODEL
    assert result.scores["relevance"].value == 0.2
    assert result.scores["correctness"].method == f"llm-judge:{JUDGE_MODEL}"
    assert result.scores["policy_compliance"] == _heuristic().scores["policy_compliance"]
    assert result.overall < _heuristic().overall
    assert not result.passed
    [request] = fake.requests
    assert request.prompt.template_id.startswith("evaluator/judge@")
    assert OUTPUT in request.prompt.user_prompt
    assert request.parameters.temperature == 0.0


async def test_hanging_judge_falls_back_within_the_deadline(
    router: tuple[FakeRouter, str],
) -> None:
    fake, address = router

    async def hang(request: router_pb.GenerateRequest) -> str:
        await asyncio.sleep(30)
        return VERDICT

    fake.behaviour = hang
    started = time.monotonic()

    result, outcome = await _judged(address, remaining=0.5)

    assert time.monotonic() - started < 0.5
    assert outcome.fallback
    assert not outcome.used
    assert "did not answer" in outcome.error
    assert result == _heuristic()


async def test_judge_timeout_setting_bounds_the_call_when_the_deadline_is_far(
    router: tuple[FakeRouter, str],
) -> None:
    fake, address = router

    async def hang(request: router_pb.GenerateRequest) -> str:
        await asyncio.sleep(30)
        return VERDICT

    fake.behaviour = hang
    started = time.monotonic()

    _, outcome = await _judged(address, remaining=None, limit=0.3)

    assert 0.25 < time.monotonic() - started < 1.0
    assert outcome.fallback


@pytest.mark.parametrize(
    ("behaviour", "error"),
    [
        (lambda r: grpc.StatusCode.UNAVAILABLE, "UNAVAILABLE"),
        (lambda r: grpc.StatusCode.INTERNAL, "INTERNAL"),
        (lambda r: "I think it is a fine answer.", "no JSON object"),
        (lambda r: '{"relevance": 2, "correctness": 1, "coherence": 1}', "relevance"),
        (lambda r: '{"relevance": 1.0}', "correctness"),
    ],
    ids=["unavailable", "internal", "prose", "out-of-range", "missing"],
)
async def test_judge_errors_and_unusable_answers_fall_back_with_the_heuristic_scores(
    router: tuple[FakeRouter, str], behaviour: Behaviour, error: str
) -> None:
    fake, address = router
    fake.behaviour = behaviour

    result, outcome = await _judged(address, remaining=5.0)

    assert outcome.fallback
    assert error in outcome.error
    assert result == _heuristic()


async def test_answer_from_another_model_is_not_a_verdict(router: tuple[FakeRouter, str]) -> None:
    fake, address = router
    fake.model_id = "local/extractive"

    _, outcome = await _judged(address, remaining=5.0)

    assert outcome.fallback
    assert "local/extractive" in outcome.error


async def test_judge_that_is_down_falls_back_without_raising() -> None:
    _, outcome = await _judged("127.0.0.1:1", remaining=1.0)

    assert outcome.fallback


async def test_no_time_left_skips_the_judge(router: tuple[FakeRouter, str]) -> None:
    fake, address = router

    _, outcome = await _judged(address, remaining=0.01)

    assert outcome.fallback
    assert fake.requests == []


def test_parse_scores_accepts_json_wrapped_in_prose() -> None:
    values, reason = parse_scores(f"Here you go:\n```json\n{VERDICT}\n```")

    assert values == {"relevance": 0.2, "correctness": 0.3, "coherence": 0.4}
    assert reason == "weak"
    with pytest.raises(JudgeError):
        parse_scores('{"relevance": true, "correctness": 1, "coherence": 1}')


class _Context:
    def __init__(self, remaining: float) -> None:
        self._remaining = remaining

    def time_remaining(self) -> float:
        return self._remaining


async def test_servicer_answers_with_heuristic_scores_when_the_judge_hangs(
    router: tuple[FakeRouter, str],
) -> None:
    fake, address = router

    async def hang(request: router_pb.GenerateRequest) -> str:
        await asyncio.sleep(30)
        return VERDICT

    fake.behaviour = hang
    channel = create_channel(address, "internal-token")
    servicer = EvaluatorServicer(EvaluatorSettings(), RouterJudge(channel, JUDGE_MODEL))
    request = evaluator_pb.EvaluateRequest(
        domain=common_pb.DOMAIN_GENERAL,
        task_type=common_pb.TASK_TYPE_ANALYSIS,
        user_query=QUERY,
        prompt=common_pb.PromptData(included_chunks=[common_pb.ContextChunk(text=CONTEXT)]),
        result=common_pb.ModelResult(output=OUTPUT),
    )
    started = time.monotonic()
    try:
        response = await servicer.Evaluate(request, _Context(0.4))  # type: ignore[arg-type]
    finally:
        await channel.close(None)

    assert time.monotonic() - started < 0.4
    assert response.evaluation.overall_score == _heuristic().overall
    assert response.evaluation.relevance.method == "lexical-recall"
