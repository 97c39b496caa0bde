"""The routing loop: pick candidates, race them with bounded fallback, account tokens."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass, field

import nf_tokenizer
from nf_core.errors import (
    DeadlineExceededError,
    InvalidArgumentError,
    NotFoundError,
    ServiceError,
    UnavailableError,
)
from services.model_router import metrics
from services.model_router.attempts import Answer, CircuitOpenError, call_model
from services.model_router.breaker import Breakers, CircuitState
from services.model_router.champion import ChampionStore, Slot
from services.model_router.hedging import NoWinnerError, RaceReport, hedged_race
from services.model_router.policy import ResiliencePolicy
from services.model_router.providers.base import GenerationRequest, Provider, ProviderError
from services.model_router.registry import ModelSpec
from services.model_router.strategy import order_candidates, resolve_strategy

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RouteRequest:
    """A prompt to answer, with routing inputs."""

    domain: str
    task_type: str
    prompt_tokens: int
    generation: GenerationRequest
    strategy: str = ""
    model_id: str = ""


@dataclass(frozen=True)
class RouteOutcome:
    """The answer and how it was obtained."""

    spec: ModelSpec
    text: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    latency_ms: int
    attempted: list[str] = field(default_factory=list)
    role: str = ""
    skipped: list[str] = field(default_factory=list)
    attempts: int = 1
    strategy: str = ""


class Router:
    """Routes requests over the registry with bounded, hedged fallback and circuit breakers.

    ``providers`` maps a model id to its model-scoped provider; a provider kind (``"local"``)
    may stand for every model of that kind.
    """

    def __init__(
        self,
        specs: list[ModelSpec],
        providers: dict[str, Provider],
        board: ChampionStore,
        *,
        default_strategy: str,
        deadline_seconds: float,
        challenger_share: float,
        latency_alpha: float,
        rng: random.Random | None = None,
        policy: ResiliencePolicy | None = None,
        breakers: Breakers | None = None,
        slot_max_age: float = 0.0,
        domain_strategies: Mapping[str, str] | None = None,
    ) -> None:
        self.specs = specs
        self.board = board
        self.policy = policy or ResiliencePolicy()
        self.breakers = breakers or Breakers(
            self.policy.breaker_failure_threshold, self.policy.breaker_reset_seconds
        )
        self._providers = providers
        self._default_strategy = default_strategy
        self._domain_strategies = dict(domain_strategies or {})
        self.deadline_seconds = deadline_seconds
        self._challenger_share = challenger_share
        self._latency_alpha = latency_alpha
        self._rng = rng or random.Random()
        self._slot_max_age = slot_max_age
        self.measured_latency_ms: dict[str, float] = {}

    def provider_for(self, spec: ModelSpec) -> Provider:
        """The model's own provider, else the one shared by its provider kind."""
        return self._providers.get(spec.model_id) or self._providers[spec.provider]

    def circuit_state(self, model_id: str) -> CircuitState:
        """The state of a model's circuit breaker."""
        return self.breakers.state(model_id)

    def _record_latency(self, model_id: str, elapsed_ms: float) -> None:
        previous = self.measured_latency_ms.get(model_id)
        self.measured_latency_ms[model_id] = (
            elapsed_ms
            if previous is None
            else (self._latency_alpha * elapsed_ms + (1 - self._latency_alpha) * previous)
        )

    def strategy_for(self, request: RouteRequest) -> str:
        """The strategy ordering this request's models ('' when it names its model)."""
        if request.model_id:
            return ""
        return resolve_strategy(
            request.strategy, request.domain, self._domain_strategies, self._default_strategy
        )

    async def slot_for(self, request: RouteRequest) -> Slot:
        """The request's champion slot, as fresh as the router's routing cache allows."""
        return await self.board.slot(request.domain, request.task_type, max_age=self._slot_max_age)

    def candidates(self, request: RouteRequest, slot: Slot) -> list[ModelSpec]:
        """Models that fit the prompt, in the order the strategy wants them tried.

        A request that names a model (the evaluator's judge) gets exactly that model.
        """
        needed = request.prompt_tokens + request.generation.max_tokens
        specs = self.specs
        if request.model_id:
            specs = [s for s in self.specs if s.model_id == request.model_id]
            if not specs:
                raise NotFoundError(f"model {request.model_id!r} is not in the registry")
        fitting = [s for s in specs if s.context_window >= needed]
        if not fitting:
            largest = max(s.context_window for s in specs)
            raise InvalidArgumentError(
                "max_tokens",
                f"prompt ({request.prompt_tokens} tokens) plus max_tokens "
                f"({request.generation.max_tokens}) exceeds the largest context window "
                f"({largest}); shorten the input or lower max_tokens",
            )
        if request.model_id:
            return fitting
        return order_candidates(
            self.strategy_for(request),
            fitting,
            request.domain,
            slot,
            self.measured_latency_ms,
            self._challenger_share,
            self._rng,
        )

    def is_fatal(self, error: BaseException) -> bool:
        """Would this failure recur on every model? Then trying others only wastes time."""
        if not isinstance(error, ProviderError) or not error.request_fault:
            return False
        return not (error.kind == "content_policy" and self.policy.content_policy_fallback)

    async def route(self, request: RouteRequest, caller_deadline: float | None) -> RouteOutcome:
        """Answer with the first candidate that succeeds before the deadline.

        The deadline is the router's own cap, shortened to the caller's remaining time.
        Candidates are started in strategy order: the next one when the running ones have
        failed, or in parallel once the newest has been silent for the hedge delay.
        """
        budget = self.deadline_seconds
        if caller_deadline is not None:
            budget = min(budget, caller_deadline)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + budget
        slot = await self.slot_for(request)

        async def run(spec: ModelSpec) -> Answer:
            outcome = "cancelled"
            try:
                answer = await call_model(
                    spec.model_id,
                    self.provider_for(spec),
                    model_request(request.generation, spec),
                    self.breakers[spec.model_id],
                    self.policy,
                    deadline,
                    self._rng,
                )
                outcome = "ok"
                return answer
            except ProviderError as error:
                outcome = "circuit_open" if isinstance(error, CircuitOpenError) else error.kind
                logger.warning("model %s failed (%s): %s", spec.model_id, error.kind, error)
                raise
            finally:
                metrics.MODEL_CALLS.labels(spec.model_id, spec.provider, outcome).inc()

        try:
            spec, answer, report = await hedged_race(
                self.candidates(request, slot),
                run,
                hedge_delay=self.policy.hedge_delay_seconds,
                deadline=deadline,
                admit=lambda spec: self.breakers[spec.model_id].available,
                is_fatal=self.is_fatal,
            )
        except NoWinnerError as failed:
            count_extra_starts(failed.report)
            raise failure_error(failed, budget) from failed.fatal
        count_extra_starts(report)
        self._record_latency(spec.model_id, answer.elapsed_ms)
        result = answer.result
        completion = (
            result.completion_tokens
            if result.completion_tokens is not None
            else nf_tokenizer.count(result.text)
        )
        role = role_in(slot, spec.model_id)
        prompt_tokens = result.prompt_tokens or request.prompt_tokens
        metrics.record_tokens(spec.model_id, prompt_tokens, completion)
        return RouteOutcome(
            spec=spec,
            text=result.text,
            finish_reason=result.finish_reason,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion,
            latency_ms=round(answer.elapsed_ms),
            attempted=[s.model_id for s in report.started],
            role=role,
            skipped=[s.model_id for s in report.skipped],
            attempts=answer.attempts,
            strategy=self.strategy_for(request),
        )


def count_extra_starts(report: RaceReport[ModelSpec]) -> None:
    """Count every candidate after the first as a hedge or a fallback, by its provider."""
    for spec in report.started[1:]:
        (metrics.HEDGES if spec in report.hedged else metrics.FALLBACKS).labels(spec.provider).inc()


def role_in(slot: Slot, model_id: str) -> str:
    """``"champion"``, ``"challenger"`` or ``""`` for a model outside the slot."""
    if model_id == slot.champion.model_id:
        return "champion"
    if slot.challenger is not None and model_id == slot.challenger.model_id:
        return "challenger"
    return ""


def failure_error(failed: NoWinnerError[ModelSpec], budget: float) -> ServiceError:
    """The gRPC-facing error for a race nobody won."""
    report = failed.report
    if failed.fatal is not None:
        return InvalidArgumentError("user_query", f"the model refused: {failed.fatal}")
    reasons = [
        f"{spec.model_id}: {error or type(error).__name__}" for spec, error in report.failures
    ]
    failed_models = {spec.model_id for spec, _ in report.failures}
    reasons += [
        f"{spec.model_id}: no answer yet at the deadline"
        for spec in report.started
        if spec.model_id not in failed_models
    ]
    reasons += [f"{spec.model_id}: circuit open" for spec in report.skipped]
    summary = "; ".join(reasons) or "no time left to try a model"
    if failed.timed_out:
        return DeadlineExceededError(f"no model answered within {budget:.1f}s ({summary})")
    return UnavailableError(f"every candidate model failed ({summary})")


def model_request(request: GenerationRequest, spec: ModelSpec) -> GenerationRequest:
    """The request as one model receives it (its name and registry options)."""
    return GenerationRequest(
        model_name=spec.model_name,
        system_prompt=request.system_prompt,
        user_prompt=request.user_prompt,
        user_query=request.user_query,
        passages=request.passages,
        task_type=request.task_type,
        temperature=request.temperature,
        max_tokens=request.max_tokens,
        options=spec.options,
    )
