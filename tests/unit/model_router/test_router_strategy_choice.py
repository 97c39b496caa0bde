"""Which strategy a request runs under: its own, its domain's default, or the router's default."""

from __future__ import annotations

import random

import pytest
from pydantic import ValidationError

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.router.v1 import router_service_pb2 as pb
from nf_core.enums import strategy_name
from nf_core.errors import InvalidArgumentError
from services.model_router.champion import ChampionBoard
from services.model_router.providers.base import GenerationRequest, GenerationResult
from services.model_router.registry import ModelSpec
from services.model_router.router import Router, RouteRequest
from services.model_router.servicer import RouterServicer
from services.model_router.settings import ModelRouterSettings
from services.model_router.strategy import resolve_strategy

# premium: best quality everywhere, priciest; budget: free, weakest.
SPECS = [
    ModelSpec("premium", "fake", "premium", 8192, 0.01, 0.03, 900, {"market": 0.9, "general": 0.9}),
    ModelSpec("budget", "fake", "budget", 8192, 0.0, 0.0, 900, {"market": 0.4, "general": 0.4}),
]


class EchoProvider:
    """Answers with the name of the model it was asked for."""

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        return GenerationResult(f"answer from {request.model_name}", "stop", 5, 3)


def _router(domain_strategies: dict[str, str] | None = None) -> Router:
    board = ChampionBoard([s.model_id for s in SPECS], ["market", "general"], ["analysis"])
    return Router(
        SPECS,
        {"fake": EchoProvider()},
        board,
        default_strategy="quality_optimized",
        deadline_seconds=5.0,
        challenger_share=0.0,
        latency_alpha=0.5,
        rng=random.Random(3),
        domain_strategies=domain_strategies,
    )


def _request(domain: str, strategy: str = "", model_id: str = "") -> RouteRequest:
    generation = GenerationRequest(
        model_name="",
        system_prompt="",
        user_prompt="Question: which market grew?",
        user_query="which market grew?",
        passages=[],
        task_type="analysis",
        temperature=0.0,
        max_tokens=50,
    )
    return RouteRequest(domain, "analysis", 20, generation, strategy=strategy, model_id=model_id)


def test_request_strategy_beats_domain_default_which_beats_global_default() -> None:
    defaults = {"market": "cost_optimized"}

    assert resolve_strategy("speed_optimized", "market", defaults, "quality_optimized") == (
        "speed_optimized"
    )
    assert resolve_strategy("", "market", defaults, "quality_optimized") == "cost_optimized"
    assert resolve_strategy("", "general", defaults, "quality_optimized") == "quality_optimized"


async def test_per_request_strategy_changes_the_chosen_model() -> None:
    router = _router()

    by_quality = await router.route(_request("general", "quality_optimized"), None)
    by_cost = await router.route(_request("general", "cost_optimized"), None)

    assert (by_quality.spec.model_id, by_quality.strategy) == ("premium", "quality_optimized")
    assert (by_cost.spec.model_id, by_cost.strategy) == ("budget", "cost_optimized")


async def test_domain_default_applies_only_when_the_request_names_no_strategy() -> None:
    router = _router({"market": "cost_optimized"})

    market = await router.route(_request("market"), None)
    general = await router.route(_request("general"), None)
    market_override = await router.route(_request("market", "quality_optimized"), None)

    assert (market.spec.model_id, market.strategy) == ("budget", "cost_optimized")
    assert (general.spec.model_id, general.strategy) == ("premium", "quality_optimized")
    assert market_override.spec.model_id == "premium"


async def test_a_pinned_model_reports_no_strategy() -> None:
    outcome = await _router().route(_request("general", model_id="budget"), None)

    assert (outcome.spec.model_id, outcome.strategy) == ("budget", "")


async def test_generate_reports_the_resolved_strategy_on_the_wire() -> None:
    servicer = RouterServicer(_router({"market": "cost_optimized"}))
    request = pb.GenerateRequest(
        domain=common_pb.DOMAIN_MARKET,
        task_type=common_pb.TASK_TYPE_ANALYSIS,
        prompt=common_pb.PromptData(user_prompt="Which market grew?", prompt_tokens=20),
        parameters=common_pb.GenerationParameters(temperature=0.0, max_tokens=50),
    )

    response = await servicer.Generate(request, _NoDeadline())  # type: ignore[arg-type]

    assert response.result.model_id == "budget"
    assert response.result.routing_strategy == common_pb.ROUTING_STRATEGY_COST_OPTIMIZED


class _NoDeadline:
    def time_remaining(self) -> None:
        return None


def test_an_unknown_strategy_value_names_the_field_and_the_allowed_values() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        strategy_name(42)  # type: ignore[arg-type]

    assert caught.value.field == "routing_strategy"
    assert "ROUTING_STRATEGY_COST_OPTIMIZED" in caught.value.message
    assert strategy_name(common_pb.ROUTING_STRATEGY_UNSPECIFIED) == ""


def test_domain_strategies_are_read_as_json_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NF_ROUTER_DOMAIN_STRATEGIES", '{"market": "cost_optimized"}')

    assert ModelRouterSettings().router_domain_strategies == {"market": "cost_optimized"}


@pytest.mark.parametrize(
    ("value", "complaint"),
    [
        ('{"sports": "cost_optimized"}', "unknown domain(s) ['sports']"),
        ('{"market": "cheapest"}', "domain_optimized"),
        ('["market"]', "valid dictionary"),
        ("{market: cost}", "router_domain_strategies"),
    ],
)
def test_bad_domain_strategies_are_rejected_with_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, value: str, complaint: str
) -> None:
    monkeypatch.setenv("NF_ROUTER_DOMAIN_STRATEGIES", value)

    with pytest.raises((ValidationError, ValueError)) as caught:
        ModelRouterSettings()

    assert complaint in str(caught.value)
