"""What makes two Generate requests identical: the key for de-duplication and the output cache."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

from services.model_router.registry import ModelSpec
from services.model_router.router import RouteOutcome, RouteRequest


def _normalised(text: str) -> str:
    # Surrounding whitespace and line-ending style must not defeat sharing. Collapsing inner
    # whitespace runs too was measured at ~8 us per KB of prompt (str.split), against ~1 us
    # for this; rendered prompts come from one template engine, so inner runs already agree.
    return text.strip().replace("\r\n", "\n")


def request_key(request: RouteRequest, default_strategy: str) -> str:
    """A 32-hex-digit hash of everything that shapes the answer.

    That is the routing inputs (domain, task type, strategy, pinned model, prompt size), the
    normalised system prompt, user prompt, query and passages, and the sampling parameters.
    """
    generation = request.generation
    parts = [
        request.domain,
        request.task_type,
        request.strategy or default_strategy,
        request.model_id,
        str(request.prompt_tokens),
        repr(float(generation.temperature)),
        str(generation.max_tokens),
        _normalised(generation.system_prompt),
        _normalised(generation.user_prompt),
        _normalised(generation.user_query),
    ]
    for passage in generation.passages:
        parts += [_normalised(passage.title), _normalised(passage.text)]
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16)
    return digest.hexdigest()


def cacheable(request: RouteRequest, sampled_too: bool) -> bool:
    """May the answer be kept in the output cache?

    Only deterministic (temperature 0) answers by default: a sampled answer served again to a
    later caller would silently remove the variety the caller asked for. In-flight sharing has
    no such limit: identical concurrent requests get one sample between them.
    """
    return sampled_too or request.generation.temperature == 0


@dataclass(frozen=True)
class _Wire:
    model_id: str
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


def encode_outcome(outcome: RouteOutcome) -> bytes:
    """An outcome as JSON for Redis (the model by id)."""
    fields = asdict(outcome)
    del fields["spec"]
    return json.dumps({"model_id": outcome.spec.model_id, **fields}).encode()


def decode_outcome(data: bytes, specs: dict[str, ModelSpec]) -> RouteOutcome | None:
    """The outcome, or None when it names a model this replica does not know or is malformed."""
    try:
        wire = _Wire(**json.loads(data))
    except (ValueError, TypeError):
        return None
    spec = specs.get(wire.model_id)
    if spec is None:
        return None
    return RouteOutcome(
        spec=spec,
        text=wire.text,
        finish_reason=wire.finish_reason,
        prompt_tokens=wire.prompt_tokens,
        completion_tokens=wire.completion_tokens,
        latency_ms=wire.latency_ms,
        attempted=list(wire.attempted),
        role=wire.role,
        skipped=list(wire.skipped),
        attempts=wire.attempts,
        strategy=wire.strategy,
    )
