"""The DataForge contract as pydantic models (see docs/dataforge.md).

Responses are validated: unknown fields are ignored so DataForge can add fields without breaking
us, while a missing or invalid required field becomes a ``ContractError`` with a clear reason —
an upstream failure, never a crash.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

API_VERSION = "2025-06-01"
API_VERSION_HEADER = "X-DataForge-Api-Version"
SIGNATURE_HEADER = "X-DataForge-Signature"
TIMESTAMP_HEADER = "X-DataForge-Timestamp"

CONTEXT_PATH = "/v1/context"
HEALTH_PATH = "/v1/health"
FEEDBACK_PATH = "/v1/feedback"
WEBHOOK_PATH = "/webhooks/dataforge/context-updated"


class ContractError(ValueError):
    """A DataForge payload does not follow the contract; ``reason`` says what is wrong."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Lenient(BaseModel):
    """Unknown fields are tolerated (ignored); declared ones are validated strictly."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class ContextRequest(_Lenient):
    """Body of ``POST /v1/context``."""

    pack_id: str
    query: str
    domain: Literal["literary", "market", "general"]
    max_chunks: int = Field(ge=1, le=50)


class ContextChunk(_Lenient):
    """One supporting passage with its id and relevance score."""

    chunk_id: str = Field(min_length=1, max_length=256)
    text: str = Field(min_length=1)
    score: float
    title: str = ""

    @field_validator("score")
    @classmethod
    def _finite(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError("score must be a finite number")
        return value


class ContextMetadata(_Lenient):
    """Facts about the pack that served the answer."""

    pack_version: str = Field(min_length=1, max_length=128)
    pack_title: str = ""
    domain: str = ""


class ContextResponse(_Lenient):
    """Answer of ``POST /v1/context``."""

    primary_text: str = Field(min_length=1)
    primary_chunk_id: str = ""
    primary_score: float = 0.0
    supporting_chunks: list[ContextChunk] = Field(default_factory=list)
    metadata: ContextMetadata


class HealthResponse(_Lenient):
    """Answer of ``GET /v1/health``."""

    status: Literal["ok", "degraded", "down"]
    version: str = ""


class FeedbackRequest(_Lenient):
    """Body of ``POST /v1/feedback``: how useful the served chunks were."""

    inference_id: str
    pack_id: str
    pack_version: str = ""
    chunk_ids: list[str]
    score: float = Field(ge=0.0, le=1.0)


class ContextUpdatedEvent(_Lenient):
    """Body of the context-updated webhook DataForge sends us."""

    pack_id: str = Field(min_length=1, max_length=64)
    pack_version: str = Field("", max_length=128)
    event_id: str = ""


def _reason(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    return f"{where}: {first['msg']}"


def parse_context(payload: bytes) -> ContextResponse:
    """Validate a context answer.

    Raises:
        ContractError: malformed JSON, or a missing or invalid required field.
    """
    try:
        return ContextResponse.model_validate_json(payload)
    except ValidationError as error:
        if any(e["type"] == "json_invalid" for e in error.errors()):
            raise ContractError("response is not valid JSON") from None
        raise ContractError(f"response breaks the contract: {_reason(error)}") from None


def parse_health(payload: bytes) -> HealthResponse:
    """Validate a health answer.

    Raises:
        ContractError: as for ``parse_context``.
    """
    try:
        return HealthResponse.model_validate_json(payload)
    except ValidationError as error:
        raise ContractError(f"health answer breaks the contract: {_reason(error)}") from None
