"""Pairs each fake server with the router's real provider for it, for tests and benchmarks."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from nf_devtools.fakes.anthropic import FakeAnthropic
from nf_devtools.fakes.ollama import FakeOllama
from nf_devtools.fakes.openai import FakeOpenAI
from nf_devtools.fakes.server import FakeModelServer
from services.model_router.providers.base import GenerationRequest
from services.model_router.providers.factory import build_provider
from services.model_router.providers.streaming import DeltaStreamProvider
from services.model_router.registry import ModelSpec
from services.model_router.settings import ModelRouterSettings

Kind = Literal["openai", "anthropic", "ollama"]
KINDS: tuple[Kind, ...] = ("anthropic", "ollama", "openai")
FAKES: dict[Kind, Callable[..., FakeModelServer]] = {
    "openai": FakeOpenAI,
    "anthropic": FakeAnthropic,
    "ollama": FakeOllama,
}


@dataclass
class Backend:
    """A running fake and a provider talking to it."""

    kind: Kind
    fake: FakeModelServer
    provider: DeltaStreamProvider

    async def stop(self) -> None:
        """Close the provider's pool, then the fake."""
        await self.provider.aclose()
        await self.fake.stop()


def provider_for(kind: Kind, base_url: str, timeout_seconds: float) -> DeltaStreamProvider:
    """The router's provider for ``kind`` at ``base_url``, built like the server builds it."""
    spec = ModelSpec(
        model_id=f"{kind}/fake",
        provider=kind,
        model_name="fake-model",
        context_window=8192,
        cost_per_1k_input=0.0,
        cost_per_1k_output=0.0,
        expected_latency_ms=10,
        quality={},
        base_url=base_url,
        api_key_env={"openai": "NF_OPENAI_API_KEY", "anthropic": "NF_ANTHROPIC_API_KEY"}.get(kind),
    )
    settings = ModelRouterSettings.model_validate(
        {
            "router_provider_timeout_seconds": timeout_seconds,
            "openai_api_key": "sk-test",
            "anthropic_api_key": "sk-ant-test",
        }
    )
    provider = build_provider(spec, settings)
    assert isinstance(provider, DeltaStreamProvider)
    return provider


async def start_backend(
    kind: Kind, *, reply: str = "A fake answer from the fake model.", timeout_seconds: float = 2.0
) -> Backend:
    """Start the fake of ``kind`` on a free loopback port and build its provider."""
    fake = await FAKES[kind](reply=reply).start()
    return Backend(kind, fake, provider_for(kind, fake.base_url, timeout_seconds))


def unused_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def refused_url(kind: Kind) -> str:
    """A base URL for ``kind`` on which nothing listens: connecting is refused."""
    suffix = "/v1" if kind == "openai" else ""
    return f"http://127.0.0.1:{unused_port()}{suffix}"


def sample_request(model_name: str = "fake-model", max_tokens: int = 64) -> GenerationRequest:
    """A small request as the router would send it."""
    return GenerationRequest(
        model_name=model_name,
        system_prompt="Answer from the passages.",
        user_prompt="Passages: [1] narrators.\nQuestion: what is an unreliable narrator?",
        user_query="what is an unreliable narrator?",
        passages=[],
        task_type="analysis",
        temperature=0.3,
        max_tokens=max_tokens,
    )
