"""The model registry: what models exist and what they cost."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

PROVIDER_KINDS = ("local", "ollama", "anthropic", "openai")
# The variable holding the key when an entry names none (it must be a router setting).
DEFAULT_KEY_VARIABLES = {"openai": "NF_OPENAI_API_KEY", "anthropic": "NF_ANTHROPIC_API_KEY"}


class RegistryError(ValueError):
    """The registry file is malformed; the message names the entry and field."""


@dataclass(frozen=True)
class ModelSpec:
    """One registry entry."""

    model_id: str
    provider: str
    model_name: str
    context_window: int
    cost_per_1k_input: float
    cost_per_1k_output: float
    expected_latency_ms: int
    quality: dict[str, float]
    options: dict[str, object] = field(default_factory=dict)
    base_url: str | None = None
    api_key_env: str | None = None

    def quality_for(self, domain: str) -> float:
        """Prior quality for a domain (0.5 when the registry does not say)."""
        return self.quality.get(domain, 0.5)


def _entry(raw: dict[str, object], index: int) -> ModelSpec:
    where = f"models[{index}]"
    provider = str(raw.get("provider", ""))
    try:
        spec = ModelSpec(
            model_id=str(raw["model_id"]),
            provider=str(raw["provider"]),
            model_name=str(raw["model_name"]),
            context_window=int(raw["context_window"]),  # type: ignore[call-overload]
            cost_per_1k_input=float(raw.get("cost_per_1k_input", 0.0)),  # type: ignore[arg-type]
            cost_per_1k_output=float(raw.get("cost_per_1k_output", 0.0)),  # type: ignore[arg-type]
            expected_latency_ms=int(raw.get("expected_latency_ms", 1000)),  # type: ignore[call-overload]
            quality={str(k): float(v) for k, v in dict(raw.get("quality", {})).items()},  # type: ignore[call-overload]
            options=dict(raw.get("options", {})),  # type: ignore[call-overload]
            base_url=_optional_str(raw, "base_url"),
            api_key_env=_optional_str(raw, "api_key_env") or DEFAULT_KEY_VARIABLES.get(provider),
        )
    except KeyError as missing:
        raise RegistryError(f"{where}: missing field {missing}") from None
    except (TypeError, ValueError) as error:
        raise RegistryError(f"{where}: {error}") from None
    if spec.provider not in PROVIDER_KINDS:
        raise RegistryError(f"{where}: provider must be one of {PROVIDER_KINDS}")
    if spec.context_window <= 0:
        raise RegistryError(f"{where}: context_window must be positive")
    if spec.base_url is not None and not spec.base_url.startswith(("http://", "https://")):
        raise RegistryError(f"{where}: base_url must start with http:// or https://")
    return spec


def _optional_str(raw: dict[str, object], key: str) -> str | None:
    value = raw.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise TypeError(f"{key} must be a string")
    return value


def load_registry(path: Path) -> list[ModelSpec]:
    """Read and validate a registry file."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise RegistryError(f"{path}: {error}") from error
    entries = document.get("models")
    if not isinstance(entries, list) or not entries:
        raise RegistryError(f"{path}: needs at least one [[models]] table")
    specs = [_entry(raw, index) for index, raw in enumerate(entries)]
    ids = [spec.model_id for spec in specs]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise RegistryError(f"{path}: duplicate model_id {sorted(duplicates)}")
    return specs
