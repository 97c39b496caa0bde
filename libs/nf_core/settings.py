"""Settings shared by every service; each service subclasses ``MeshSettings``.

All variables use the ``NF_`` prefix (``NF_ORCHESTRATOR_PORT`` sets ``orchestrator_port``).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Stage(StrEnum):
    """The six processes of the mesh."""

    ORCHESTRATOR = "orchestrator"
    CONTEXT_BUILDER = "context_builder"
    PROMPT_ENGINE = "prompt_engine"
    MODEL_ROUTER = "model_router"
    EVALUATOR = "evaluator"
    POST_PROCESSOR = "post_processor"


PIPELINE_STAGES: tuple[Stage, ...] = (
    Stage.CONTEXT_BUILDER,
    Stage.PROMPT_ENGINE,
    Stage.MODEL_ROUTER,
    Stage.EVALUATOR,
    Stage.POST_PROCESSOR,
)


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def parse_log_levels(spec: str) -> dict[str, str]:
    """Parse ``name=LEVEL,name=LEVEL`` (names: a stage or a logger) into a dict.

    Raises:
        ValueError: on an entry without ``=`` or an unknown level.
    """
    levels: dict[str, str] = {}
    for entry in filter(None, (part.strip() for part in spec.split(","))):
        name, equals, level = entry.partition("=")
        level = level.strip().upper()
        if not equals or not name.strip() or level not in LOG_LEVELS:
            raise ValueError(
                f"log level override {entry!r}: write name=LEVEL, "
                f"LEVEL one of {', '.join(LOG_LEVELS)}"
            )
        levels[name.strip()] = level
    return levels


class MeshSettings(BaseSettings):
    """Where every process listens and how it logs; read from ``NF_*`` variables."""

    model_config = SettingsConfigDict(env_prefix="NF_", extra="ignore", frozen=True)

    bind_host: str = Field("127.0.0.1", description="Interface every gRPC server binds to.")
    orchestrator_port: int = Field(50051, ge=1, le=65535, description="Orchestrator gRPC port.")
    context_builder_port: int = Field(50052, ge=1, le=65535, description="Context Builder port.")
    prompt_engine_port: int = Field(50053, ge=1, le=65535, description="Prompt Engine port.")
    model_router_port: int = Field(50054, ge=1, le=65535, description="Model Router port.")
    evaluator_port: int = Field(50055, ge=1, le=65535, description="Evaluator port.")
    post_processor_port: int = Field(50056, ge=1, le=65535, description="Post-Processor port.")
    context_builder_address: str = Field(
        "", description="host:port to reach it; default bind_host:port."
    )
    prompt_engine_address: str = Field("", description="Same, for the Prompt Engine.")
    model_router_address: str = Field("", description="Same, for the Model Router.")
    evaluator_address: str = Field("", description="Same, for the Evaluator.")
    post_processor_address: str = Field("", description="Same, for the Post-Processor.")
    metrics_port_offset: int = Field(
        1000, description="Each service serves /metrics on its gRPC port plus this offset; 0=off."
    )
    event_loop: Literal["uvloop", "asyncio"] = Field(
        "uvloop", description="Event loop of every service (asyncio: the standard library's)."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="Log level."
    )
    log_format: Literal["json", "text"] = Field("json", description="JSON lines or plain text.")
    log_levels: str = Field(
        "",
        description="Per-stage or per-logger levels, e.g. 'model_router=DEBUG,httpx=WARNING'.",
    )
    tracing_otlp_endpoint: str = Field(
        "", description="OTLP/gRPC collector http(s)://host:port for services and Envoy; empty=off."
    )
    tracing_sample_ratio: float = Field(
        1.0, ge=0, le=1, description="Share of new traces recorded (services and Envoy)."
    )
    tracing_export_delay_seconds: float = Field(
        2.0, gt=0, le=60, description="Longest a finished span waits before it is exported."
    )
    shutdown_grace_seconds: float = Field(
        5.0, ge=0, le=300, description="Time in-flight calls get to finish on SIGTERM."
    )

    internal_token: SecretStr | None = Field(
        None, description="Shared secret stage services require from callers (beats the file)."
    )
    internal_token_file: Path = Field(
        Path(".dev/internal-token"), description="File holding the internal token (make setup)."
    )

    redis_url: str = Field(
        "", description="redis://host:port/db shared by replicas (rate limits); empty = in-process."
    )

    @field_validator("log_levels")
    @classmethod
    def _known_levels(cls, value: str) -> str:
        parse_log_levels(value)
        return value

    @field_validator("tracing_otlp_endpoint")
    @classmethod
    def _endpoint_is_url(cls, value: str) -> str:
        url = urlsplit(value)
        if value and (url.scheme not in ("http", "https") or not url.hostname or not url.port):
            raise ValueError(
                f"must be http(s)://host:port (e.g. http://otel-collector:4317), got {value!r}"
            )
        return value

    def resolve_internal_token(self) -> str:
        """The internal credential, from the variable or the file.

        Raises:
            RuntimeError: when neither is configured (run ``make setup``).
        """
        if self.internal_token is not None and self.internal_token.get_secret_value():
            return self.internal_token.get_secret_value()
        try:
            token = self.internal_token_file.read_text().strip()
        except OSError:
            token = ""
        if not token:
            raise RuntimeError(
                "no internal credential: set NF_INTERNAL_TOKEN or create "
                f"{self.internal_token_file} (make setup does)"
            )
        return token

    def port_of(self, stage: Stage) -> int:
        """Return the gRPC port a stage listens on."""
        port: int = getattr(self, f"{stage.value}_port")
        return port

    def address_of(self, stage: Stage) -> str:
        """Return the address other services use to reach a stage."""
        override: str = getattr(self, f"{stage.value}_address", "")
        return override or f"{self.bind_host}:{self.port_of(stage)}"

    def metrics_port_of(self, stage: Stage) -> int | None:
        """Return the Prometheus port of a stage, or None when metrics are off."""
        if self.metrics_port_offset == 0:
            return None
        return self.port_of(stage) + self.metrics_port_offset
