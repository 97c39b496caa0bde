"""Model registry loading and validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.model_router.registry import PROVIDER_KINDS, RegistryError, load_registry
from services.model_router.settings import BUNDLED_REGISTRY

_GOOD = """
[[models]]
model_id = "local/a"
provider = "local"
model_name = "a"
context_window = 4096
cost_per_1k_input = 0.5
quality = { literary = 0.9 }
options = { max_sentences = 3 }
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "models.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_registry_loads_with_unique_ids_and_known_providers() -> None:
    specs = load_registry(BUNDLED_REGISTRY)

    ids = [spec.model_id for spec in specs]
    assert "local/extractive" in ids
    assert len(set(ids)) == len(ids)
    assert all(spec.provider in PROVIDER_KINDS for spec in specs)
    assert all(spec.context_window > 0 for spec in specs)


def test_registry_entry_fields_and_defaults_are_read(tmp_path: Path) -> None:
    [spec] = load_registry(_write(tmp_path, _GOOD))

    assert spec.model_id == "local/a"
    assert spec.context_window == 4096
    assert spec.cost_per_1k_input == 0.5
    assert spec.cost_per_1k_output == 0.0
    assert spec.expected_latency_ms == 1000
    assert spec.quality_for("literary") == 0.9
    assert spec.quality_for("market") == 0.5
    assert spec.options == {"max_sentences": 3}


def test_entry_missing_context_window_is_rejected_naming_entry_and_field(tmp_path: Path) -> None:
    text = _GOOD + '\n[[models]]\nmodel_id = "b"\nprovider = "local"\nmodel_name = "b"\n'

    with pytest.raises(RegistryError, match=r"models\[1\].*context_window"):
        load_registry(_write(tmp_path, text))


def test_entry_with_unknown_provider_is_rejected(tmp_path: Path) -> None:
    text = _GOOD.replace('provider = "local"', 'provider = "carrier-pigeon"')

    with pytest.raises(RegistryError, match=r"models\[0\].*provider"):
        load_registry(_write(tmp_path, text))


def test_duplicate_model_ids_are_rejected_naming_the_id(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match=r"duplicate model_id.*local/a"):
        load_registry(_write(tmp_path, _GOOD + _GOOD))


def test_non_positive_context_window_is_rejected(tmp_path: Path) -> None:
    text = _GOOD.replace("context_window = 4096", "context_window = 0")

    with pytest.raises(RegistryError, match="context_window must be positive"):
        load_registry(_write(tmp_path, text))


def test_non_numeric_context_window_is_rejected(tmp_path: Path) -> None:
    text = _GOOD.replace("context_window = 4096", 'context_window = "big"')

    with pytest.raises(RegistryError, match=r"models\[0\]"):
        load_registry(_write(tmp_path, text))


@pytest.mark.parametrize("text", ["", "[settings]\nx = 1\n", "models = 3\n", "[[models"])
def test_file_without_model_tables_is_rejected(tmp_path: Path, text: str) -> None:
    with pytest.raises(RegistryError, match=r"models\.toml"):
        load_registry(_write(tmp_path, text))


def test_missing_file_is_a_registry_error(tmp_path: Path) -> None:
    with pytest.raises(RegistryError):
        load_registry(tmp_path / "absent.toml")
