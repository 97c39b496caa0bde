"""Router.route: bounded fallback across models within one deadline, with fake providers."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace

import pytest

import nf_tokenizer
from nf_core.errors import (
    DeadlineExceededError,
    InvalidArgumentError,
    NotFoundError,
    UnavailableError,
)
from services.model_router.champion import ChampionBoard
from services.model_router.policy import ResiliencePolicy
from services.model_router.providers.base import (
    GenerationRequest,
    GenerationResult,
    Provider,
    ProviderError,
)
from services.model_router.registry import ModelSpec
from services.model_router.router import Router, RouteRequest

Behaviour = Callable[[GenerationRequest], Awaitable[GenerationResult]]


class ScriptedProvider:
    """Answers per model name with a scripted behaviour and records the call order."""

    def __init__(self, behaviours: dict[str, Behaviour]) -> None:
        self.behaviours = behaviours
        self.calls: list[str] = []

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        self.calls.append(request.model_name)
        return await self.behaviours[request.model_name](request)


def answer(text: str, completion_tokens: int | None = None) -> Behaviour:
    async def behave(request: GenerationRequest) -> GenerationResult:
        return GenerationResult(text, "stop", completion_tokens=completion_tokens)

    return behave


def fail(retryable: bool) -> Behaviour:
    async def behave(request: GenerationRequest) -> GenerationResult:
        raise ProviderError(f"{request.model_name} is broken", retryable=retryable)

    return behave


async def hang(request: GenerationRequest) -> GenerationResult:
    await asyncio.Event().wait()
    raise AssertionError("unreachable")


def _spec(model_id: str, quality: float, context_window: int = 8192) -> ModelSpec:
    return ModelSpec(model_id, "fake", model_id, context_window, 0.0, 0.0, 10, {"general": quality})


# quality_optimized order: first, second, third
SPECS = [_spec("first", 0.9), _spec("second", 0.8), _spec("third", 0.7)]


def _router(
    provider: Provider,
    specs: list[ModelSpec] = SPECS,
    deadline_seconds: float = 5.0,
) -> Router:
    board = ChampionBoard([s.model_id for s in specs], ["general"], ["analysis"])
    return Router(
        specs,
        {"fake": provider},
        board,
        default_strategy="quality_optimized",
        deadline_seconds=deadline_seconds,
        challenger_share=0.0,
        latency_alpha=0.5,
        rng=random.Random(7),
        # One call per model: retries within a model are covered in test_router_resilience.
        policy=ResiliencePolicy(max_attempts_per_model=1),
    )


def _request(prompt_tokens: int = 100, max_tokens: int = 200) -> RouteRequest:
    generation = GenerationRequest(
        model_name="",
        system_prompt="You are helpful.",
        user_prompt="Question: why?",
        user_query="why?",
        passages=[],
        task_type="analysis",
        temperature=0.2,
        max_tokens=max_tokens,
    )
    return RouteRequest("general", "analysis", prompt_tokens, generation)


async def test_first_candidate_answers_as_champion() -> None:
    provider = ScriptedProvider({"first": answer("fine", 3)})

    outcome = await _router(provider).route(_request(), caller_deadline=None)

    assert outcome.spec.model_id == "first"
    assert outcome.attempted == ["first"]
    assert outcome.role == "champion"
    assert (outcome.text, outcome.finish_reason, outcome.completion_tokens) == ("fine", "stop", 3)
    assert outcome.prompt_tokens == 100


async def test_retryable_failure_falls_back_to_the_next_model_in_order() -> None:
    provider = ScriptedProvider({"first": fail(retryable=True), "second": answer("from second", 2)})

    outcome = await _router(provider).route(_request(), caller_deadline=None)

    assert outcome.spec.model_id == "second"
    assert outcome.text == "from second"
    assert outcome.attempted == ["first", "second"]
    assert provider.calls == ["first", "second"]
    assert outcome.role == "challenger"


async def test_non_retryable_failure_is_invalid_argument_without_trying_others() -> None:
    provider = ScriptedProvider({"first": fail(retryable=False), "second": answer("unused")})

    with pytest.raises(InvalidArgumentError) as caught:
        await _router(provider).route(_request(), caller_deadline=None)

    assert caught.value.field == "user_query"
    assert provider.calls == ["first"]


async def test_provider_that_hangs_forever_is_abandoned_at_the_router_deadline() -> None:
    provider = ScriptedProvider({"first": hang, "second": answer("too late")})
    router = _router(provider, deadline_seconds=0.3)

    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        await router.route(_request(), caller_deadline=None)
    elapsed = time.monotonic() - started

    assert elapsed < 0.3 + 0.5
    assert provider.calls == ["first"]


async def test_caller_deadline_shorter_than_the_router_cap_wins() -> None:
    provider = ScriptedProvider({"first": hang})
    router = _router(provider, deadline_seconds=60.0)

    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        await router.route(_request(), caller_deadline=0.3)

    assert time.monotonic() - started < 0.3 + 0.5


async def test_all_candidates_failing_is_unavailable_naming_each_failure() -> None:
    provider = ScriptedProvider(
        {name: fail(retryable=True) for name in ("first", "second", "third")}
    )

    with pytest.raises(UnavailableError) as caught:
        await _router(provider).route(_request(), caller_deadline=None)

    assert provider.calls == ["first", "second", "third"]
    for name in ("first", "second", "third"):
        assert f"{name} is broken" in caught.value.message


async def test_models_whose_context_window_is_too_small_are_skipped() -> None:
    specs = [_spec("first", 0.9, context_window=250), _spec("second", 0.8, context_window=300)]
    provider = ScriptedProvider({"first": answer("unused"), "second": answer("roomy")})

    outcome = await _router(provider, specs).route(
        _request(prompt_tokens=100, max_tokens=200), caller_deadline=None
    )

    assert outcome.spec.model_id == "second"
    assert outcome.attempted == ["second"]
    assert provider.calls == ["second"]


async def test_no_model_large_enough_is_invalid_argument_naming_max_tokens() -> None:
    specs = [_spec("first", 0.9, context_window=250), _spec("second", 0.8, context_window=299)]
    provider = ScriptedProvider({})

    with pytest.raises(InvalidArgumentError) as caught:
        await _router(provider, specs).route(
            _request(prompt_tokens=100, max_tokens=200), caller_deadline=None
        )

    assert caught.value.field == "max_tokens"
    assert "max_tokens" in caught.value.message
    assert "299" in caught.value.message
    assert provider.calls == []


async def test_completion_tokens_are_counted_with_the_tokenizer_when_not_reported() -> None:
    text = "An unreliable narrator misreports, misinterprets or conceals what happened. [1]"
    provider = ScriptedProvider({"first": answer(text, completion_tokens=None)})

    outcome = await _router(provider).route(_request(), caller_deadline=None)

    assert outcome.completion_tokens == nf_tokenizer.count(text)
    assert outcome.completion_tokens > 0


async def test_successful_call_records_measured_latency() -> None:
    provider = ScriptedProvider({"first": fail(retryable=True), "second": answer("ok", 1)})
    router = _router(provider)

    await router.route(_request(), caller_deadline=None)

    assert set(router.measured_latency_ms) == {"second"}
    assert router.measured_latency_ms["second"] >= 0.0


async def test_provider_receives_the_model_name_and_options_of_the_spec() -> None:
    seen: list[GenerationRequest] = []

    async def capture(request: GenerationRequest) -> GenerationResult:
        seen.append(request)
        return GenerationResult("ok", "stop", completion_tokens=1)

    spec = ModelSpec("m", "fake", "model-name-x", 8192, 0, 0, 10, {}, {"max_sentences": 2})
    await _router(ScriptedProvider({"model-name-x": capture}), [spec]).route(
        _request(), caller_deadline=None
    )

    [request] = seen
    assert request.model_name == "model-name-x"
    assert request.options == {"max_sentences": 2}
    assert request.max_tokens == 200


async def test_a_pinned_model_is_the_only_one_tried() -> None:
    provider = ScriptedProvider({"first": answer("from first"), "third": fail(retryable=True)})
    pinned = replace(_request(), model_id="third")

    with pytest.raises(UnavailableError):
        await _router(provider).route(pinned, caller_deadline=None)

    assert provider.calls == ["third"]


async def test_pinning_an_unknown_model_is_not_found() -> None:
    provider = ScriptedProvider({"first": answer("from first")})

    with pytest.raises(NotFoundError, match="nobody/none"):
        await _router(provider).route(
            replace(_request(), model_id="nobody/none"), caller_deadline=None
        )

    assert provider.calls == []
