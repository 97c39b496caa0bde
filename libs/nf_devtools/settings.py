"""Settings of the local developer tooling (gateway ports), ``NF_GATEWAY_*``."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class DevSettings(BaseSettings):
    """Where the local gateway listens."""

    model_config = SettingsConfigDict(env_prefix="NF_", extra="ignore", frozen=True)

    gateway_port: int = Field(8080, ge=1, le=65535, description="Envoy public listener.")
    gateway_admin_port: int = Field(9901, ge=1, le=65535, description="Envoy admin (loopback).")
