"""The routing loop: pick candidates, try them in order within one deadline, account tokens."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass, field

import nf_tokenizer
from nf_core.errors import DeadlineExceededError, InvalidArgumentError, UnavailableError
from services.model_router.champion import ChampionBoard
from services.model_router.providers.base import (
    GenerationRequest,
    Provider,
    ProviderError,
)
from services.model_router.registry import ModelSpec
from services.model_router.strategy import order_candidates

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RouteRequest:
    """A prompt to answer, with routing inputs."""

    domain: str
    task_type: str
    prompt_tokens: int
    generation: GenerationRequest
    strategy: str = ""


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


class Router:
    """Routes requests over the registry with bounded fallback."""

    def __init__(
        self,
        specs: list[ModelSpec],
        providers: dict[str, Provider],
        board: ChampionBoard,
        *,
        default_strategy: str,
        deadline_seconds: float,
        challenger_share: float,
        latency_alpha: float,
        rng: random.Random | None = None,
    ) -> None:
        self.specs = specs
        self.board = board
        self._providers = providers
        self._default_strategy = default_strategy
        self._deadline_seconds = deadline_seconds
        self._challenger_share = challenger_share
        self._latency_alpha = latency_alpha
        self._rng = rng or random.Random()
        self.measured_latency_ms: dict[str, float] = {}

    def _record_latency(self, model_id: str, elapsed_ms: float) -> None:
        previous = self.measured_latency_ms.get(model_id)
        self.measured_latency_ms[model_id] = (
            elapsed_ms
            if previous is None
            else (self._latency_alpha * elapsed_ms + (1 - self._latency_alpha) * previous)
        )

    def candidates(self, request: RouteRequest) -> list[ModelSpec]:
        """Models that fit the prompt, in the order the strategy wants them tried."""
        needed = request.prompt_tokens + request.generation.max_tokens
        fitting = [s for s in self.specs if s.context_window >= needed]
        if not fitting:
            largest = max(s.context_window for s in self.specs)
            raise InvalidArgumentError(
                "max_tokens",
                f"prompt ({request.prompt_tokens} tokens) plus max_tokens "
                f"({request.generation.max_tokens}) exceeds the largest context window "
                f"({largest}); shorten the input or lower max_tokens",
            )
        return order_candidates(
            request.strategy or self._default_strategy,
            fitting,
            request.domain,
            self.board.slot(request.domain, request.task_type),
            self.measured_latency_ms,
            self._challenger_share,
            self._rng,
        )

    async def route(self, request: RouteRequest, caller_deadline: float | None) -> RouteOutcome:
        """Answer with the first candidate that succeeds before the deadline.

        The deadline is the router's own cap, shortened to the caller's remaining time.
        """
        budget = self._deadline_seconds
        if caller_deadline is not None:
            budget = min(budget, caller_deadline)
        deadline = time.monotonic() + budget
        slot = self.board.slot(request.domain, request.task_type)
        attempted: list[str] = []
        failures: list[str] = []
        for spec in self.candidates(request):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            attempted.append(spec.model_id)
            started = time.perf_counter()
            try:
                async with asyncio.timeout(remaining):
                    result = await self._providers[spec.provider].generate(
                        _with_model(request.generation, spec)
                    )
            except TimeoutError:
                failures.append(f"{spec.model_id}: timed out")
                break
            except ProviderError as error:
                failures.append(f"{spec.model_id}: {error}")
                if not error.retryable:
                    raise InvalidArgumentError(
                        "user_query", f"the model refused: {error}"
                    ) from error
                logger.warning("model %s failed, falling back: %s", spec.model_id, error)
                continue
            elapsed_ms = (time.perf_counter() - started) * 1e3
            self._record_latency(spec.model_id, elapsed_ms)
            completion = (
                result.completion_tokens
                if result.completion_tokens is not None
                else nf_tokenizer.count(result.text)
            )
            role = (
                "champion"
                if spec.model_id == slot.champion.model_id
                else "challenger"
                if slot.challenger and spec.model_id == slot.challenger.model_id
                else ""
            )
            return RouteOutcome(
                spec=spec,
                text=result.text,
                finish_reason=result.finish_reason,
                prompt_tokens=result.prompt_tokens or request.prompt_tokens,
                completion_tokens=completion,
                latency_ms=round(elapsed_ms),
                attempted=attempted,
                role=role,
            )
        summary = "; ".join(failures) or "no time left to try a model"
        if time.monotonic() >= deadline:
            raise DeadlineExceededError(f"no model answered within {budget:.1f}s ({summary})")
        raise UnavailableError(f"every candidate model failed ({summary})")


def _with_model(request: GenerationRequest, spec: ModelSpec) -> GenerationRequest:
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
