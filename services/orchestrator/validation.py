"""Validation of public requests: every problem names the field and how to fix it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from neuroforge.inference.v1 import inference_service_pb2 as pb
from nf_core.enums import domain_name, strategy_name, task_type_name
from nf_core.errors import InvalidArgumentError

MAX_QUERY_CHARS = 5000
MAX_ADDITIONAL_CONTEXT_CHARS = 20_000
PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$")


@dataclass(frozen=True)
class ValidInferRequest:
    """An InferRequest after validation and defaulting."""

    domain: str
    task_type: str
    context_pack_id: str
    user_query: str
    additional_context: str
    temperature: float
    max_tokens: int
    routing_strategy: str = ""  # '' = the router's per-domain or global default


def validate_infer(
    request: pb.InferRequest,
    default_temperature: float,
    default_max_tokens: int,
    max_tokens_limit: int,
) -> ValidInferRequest:
    """Check an InferRequest and apply defaults.

    Raises:
        InvalidArgumentError: naming the first offending field.
    """
    domain = domain_name(request.domain)
    task_type = task_type_name(request.task_type)
    routing_strategy = strategy_name(request.routing_strategy)
    if not PACK_ID.match(request.context_pack_id):
        raise InvalidArgumentError(
            "context_pack_id",
            "required; 3-64 lower-case letters, digits and hyphens, e.g. literary-demo",
        )
    query = request.user_query.strip()
    if not query:
        raise InvalidArgumentError("user_query", "required; must not be blank")
    if len(request.user_query) > MAX_QUERY_CHARS:
        raise InvalidArgumentError(
            "user_query", f"{len(request.user_query)} characters; the limit is {MAX_QUERY_CHARS}"
        )
    if len(request.additional_context) > MAX_ADDITIONAL_CONTEXT_CHARS:
        raise InvalidArgumentError(
            "additional_context", f"the limit is {MAX_ADDITIONAL_CONTEXT_CHARS} characters"
        )
    temperature = request.temperature if request.HasField("temperature") else default_temperature
    if not (math.isfinite(temperature) and 0.0 <= temperature <= 2.0):
        raise InvalidArgumentError("temperature", "must be between 0 and 2")
    max_tokens = request.max_tokens if request.HasField("max_tokens") else default_max_tokens
    if not 1 <= max_tokens <= max_tokens_limit:
        raise InvalidArgumentError("max_tokens", f"must be between 1 and {max_tokens_limit}")
    return ValidInferRequest(
        domain,
        task_type,
        request.context_pack_id,
        query,
        request.additional_context,
        temperature,
        max_tokens,
        routing_strategy,
    )
