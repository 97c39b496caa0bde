"""Builds one model-scoped provider per registry entry from the router's settings."""

from __future__ import annotations

from services.model_router.providers.base import Provider
from services.model_router.providers.local import LocalExtractiveProvider
from services.model_router.providers.streaming import DeltaStreamProvider
from services.model_router.registry import ModelSpec
from services.model_router.settings import ModelRouterSettings

# Self-hosted OpenAI-compatible servers often check no key, but the SDK insists on one.
_NO_KEY = "not-needed"


class ProviderConfigError(ValueError):
    """A registry entry cannot be served with these settings; the message says why."""


def build_provider(spec: ModelSpec, settings: ModelRouterSettings) -> Provider:
    """The provider for one registry entry, with its own client and the router's timeout."""
    timeout = settings.router_provider_timeout_seconds
    if spec.provider == "local":
        return LocalExtractiveProvider()
    # The SDKs take seconds to import: only a registry that uses them pays for them.
    if spec.provider == "ollama":
        from services.model_router.providers.ollama import OllamaProvider

        return OllamaProvider(timeout_seconds=timeout, base_url=spec.base_url)
    key = _key(spec, settings)
    if spec.provider == "openai":
        if key is None and spec.base_url is None:
            raise ProviderConfigError(f"{spec.model_id}: set {spec.api_key_env} (or a base_url)")
        from services.model_router.providers.openai_compat import OpenAICompatProvider

        return OpenAICompatProvider(
            api_key=key or _NO_KEY, timeout_seconds=timeout, base_url=spec.base_url
        )
    if spec.provider == "anthropic":
        if key is None:
            raise ProviderConfigError(f"{spec.model_id}: set {spec.api_key_env}")
        from services.model_router.providers.anthropic_messages import AnthropicMessagesProvider

        return AnthropicMessagesProvider(
            api_key=key, timeout_seconds=timeout, base_url=spec.base_url
        )
    raise ProviderConfigError(f"{spec.model_id}: no provider of kind {spec.provider!r}")


def build_providers(specs: list[ModelSpec], settings: ModelRouterSettings) -> dict[str, Provider]:
    """Providers keyed by model id."""
    return {spec.model_id: build_provider(spec, settings) for spec in specs}


async def close_providers(providers: dict[str, Provider]) -> None:
    """Close every network provider's connection pool."""
    for provider in providers.values():
        if isinstance(provider, DeltaStreamProvider):
            await provider.aclose()


def _key(spec: ModelSpec, settings: ModelRouterSettings) -> str | None:
    if spec.api_key_env is None:
        return None
    try:
        return settings.api_key(spec.api_key_env)
    except ValueError as error:
        raise ProviderConfigError(f"{spec.model_id}: {error}") from None
