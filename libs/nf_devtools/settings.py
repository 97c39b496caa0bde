"""Settings of the local developer tooling (gateway ports), ``NF_GATEWAY_*``."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class DevSettings(BaseSettings):
    """Where the local gateway listens."""

    model_config = SettingsConfigDict(env_prefix="NF_", extra="ignore", frozen=True)

    gateway_port: int = Field(8080, ge=1, le=65535, description="Envoy public listener.")
    gateway_admin_port: int = Field(9901, ge=1, le=65535, description="Envoy admin (loopback).")
    gateway_max_request_bytes: int = Field(
        65536, ge=1024, description="Largest request body; larger ones get 413."
    )
    gateway_cors_origins: str = Field(
        "", description="Comma-separated browser origins allowed by CORS; empty disables CORS."
    )
