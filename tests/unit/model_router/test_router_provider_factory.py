"""Registry fields for network providers and building one provider per entry from settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from services.model_router.providers.anthropic_messages import AnthropicMessagesProvider
from services.model_router.providers.factory import (
    ProviderConfigError,
    build_provider,
    build_providers,
)
from services.model_router.providers.local import LocalExtractiveProvider
from services.model_router.providers.ollama import OllamaProvider
from services.model_router.providers.openai_compat import OpenAICompatProvider
from services.model_router.registry import RegistryError, load_registry
from services.model_router.settings import BUNDLED_REGISTRY, ModelRouterSettings

_REGISTRY = """
[[models]]
model_id = "vllm/llama"
provider = "openai"
model_name = "llama"
base_url = "http://127.0.0.1:8000/v1"
context_window = 8192

[[models]]
model_id = "claude"
provider = "anthropic"
model_name = "claude-x"
context_window = 200000

[[models]]
model_id = "ollama/llama"
provider = "ollama"
model_name = "llama3.2"
context_window = 8192
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "models.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _settings(**values: object) -> ModelRouterSettings:
    return ModelRouterSettings.model_validate(values)


def test_base_url_and_key_variable_are_read_with_per_provider_defaults(tmp_path: Path) -> None:
    vllm, claude, ollama = load_registry(_write(tmp_path, _REGISTRY))

    assert (vllm.base_url, vllm.api_key_env) == ("http://127.0.0.1:8000/v1", "NF_OPENAI_API_KEY")
    assert (claude.base_url, claude.api_key_env) == (None, "NF_ANTHROPIC_API_KEY")
    assert (ollama.base_url, ollama.api_key_env) == (None, None)


def test_base_url_without_a_scheme_is_rejected(tmp_path: Path) -> None:
    text = _REGISTRY.replace("http://127.0.0.1:8000/v1", "127.0.0.1:8000")

    with pytest.raises(RegistryError, match=r"models\[0\].*base_url"):
        load_registry(_write(tmp_path, text))


def test_bundled_registry_builds_only_local_providers() -> None:
    providers = build_providers(load_registry(BUNDLED_REGISTRY), _settings())

    assert providers
    assert all(isinstance(p, LocalExtractiveProvider) for p in providers.values())


async def test_each_entry_gets_a_provider_of_its_kind_keyed_by_model_id(tmp_path: Path) -> None:
    specs = load_registry(_write(tmp_path, _REGISTRY))
    settings = _settings(anthropic_api_key=SecretStr("sk-ant"))

    providers = build_providers(specs, settings)

    assert isinstance(providers["vllm/llama"], OpenAICompatProvider)
    assert isinstance(providers["claude"], AnthropicMessagesProvider)
    assert isinstance(providers["ollama/llama"], OllamaProvider)
    for provider in providers.values():
        await provider.aclose()  # type: ignore[attr-defined]


def test_hosted_provider_without_its_key_is_a_config_error_naming_the_variable(
    tmp_path: Path,
) -> None:
    claude = load_registry(_write(tmp_path, _REGISTRY))[1]

    with pytest.raises(ProviderConfigError, match="NF_ANTHROPIC_API_KEY"):
        build_provider(claude, _settings())


def test_key_variable_that_is_not_a_router_setting_is_a_config_error(tmp_path: Path) -> None:
    text = _REGISTRY.replace(
        'provider = "anthropic"', 'provider = "anthropic"\napi_key_env = "HOME"'
    )
    claude = load_registry(_write(tmp_path, text))[1]

    with pytest.raises(ProviderConfigError, match="HOME"):
        build_provider(claude, _settings())


def test_settings_resolve_keys_by_variable_name() -> None:
    settings = _settings(openai_api_key=SecretStr("sk-o"))

    assert settings.api_key("NF_OPENAI_API_KEY") == "sk-o"
    assert settings.api_key("nf_anthropic_api_key") is None
