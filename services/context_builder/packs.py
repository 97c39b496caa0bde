"""Local context packs: loading from disk and BM25-ranked retrieval.

A pack is a folder with ``manifest.json`` and ``documents/*.md``; every paragraph of a document is
one retrievable chunk with a stable id ``<pack>/<document stem>#<paragraph number>``.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np

logger = logging.getLogger(__name__)

PACK_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$")
_MANIFEST_KEYS = {"id", "domain", "version", "title", "description", "fallback_summary"}
DOMAINS = ("literary", "market", "general")


class PackFormatError(ValueError):
    """A pack on disk does not follow the documented layout."""


@dataclass(frozen=True)
class Chunk:
    """One retrievable passage."""

    chunk_id: str
    document_title: str
    text: str


@dataclass(frozen=True)
class ScoredChunk:
    """A passage with its retrieval score for one query."""

    chunk: Chunk
    score: float


@dataclass(frozen=True)
class PackManifest:
    """Metadata from ``manifest.json``."""

    pack_id: str
    domain: str
    version: str
    title: str
    description: str
    fallback_summary: str


class Pack:
    """A loaded pack with its BM25 index."""

    def __init__(self, manifest: PackManifest, chunks: list[Chunk]) -> None:
        if not chunks:
            raise PackFormatError(f"pack {manifest.pack_id} has no passages")
        self.manifest = manifest
        self.chunks = chunks
        self._index = bm25s.BM25()
        self._index.index(_tokenize([c.text for c in chunks]), show_progress=False)

    def search(self, query: str, limit: int) -> list[ScoredChunk]:
        """Return up to ``limit`` passages with a positive score, best first."""
        tokens = _tokenize([query])
        if not tokens[0]:
            return []
        k = min(limit, len(self.chunks))
        indices, scores = self._index.retrieve(tokens, k=k, show_progress=False)
        return [
            ScoredChunk(self.chunks[int(i)], float(s))
            for i, s in zip(indices[0], scores[0], strict=True)
            if s > 0 and np.isfinite(s)
        ]


def _tokenize(texts: list[str]) -> list[list[str]]:
    result: list[list[str]] = bm25s.tokenize(
        texts, stopwords="en", show_progress=False, return_ids=False
    )
    return result


def _read_manifest(folder: Path) -> PackManifest:
    path = folder / "manifest.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise PackFormatError(f"{path}: {error}") from error
    if not isinstance(raw, dict):
        raise PackFormatError(f"{path}: must be a JSON object")
    missing = _MANIFEST_KEYS - raw.keys()
    if missing:
        raise PackFormatError(f"{path}: missing keys {sorted(missing)}")
    wrong_type = sorted(key for key in _MANIFEST_KEYS if not isinstance(raw[key], str))
    if wrong_type:
        raise PackFormatError(f"{path}: {wrong_type} must be strings")
    if not PACK_ID_PATTERN.match(raw["id"]) or raw["id"] != folder.name:
        raise PackFormatError(f"{path}: id must match the folder name and [a-z0-9-]{{3,64}}")
    if raw["domain"] not in DOMAINS:
        raise PackFormatError(f"{path}: domain must be one of {DOMAINS}")
    return PackManifest(
        pack_id=raw["id"],
        domain=raw["domain"],
        version=raw["version"],
        title=raw["title"],
        description=raw["description"],
        fallback_summary=raw["fallback_summary"],
    )


def _read_chunks(folder: Path, pack_id: str) -> list[Chunk]:
    chunks: list[Chunk] = []
    for document in sorted((folder / "documents").glob("*.md")):
        text = document.read_text(encoding="utf-8").strip()
        title_line, _, body = text.partition("\n")
        title = title_line.lstrip("# ").strip() or document.stem
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()]
        for number, paragraph in enumerate(paragraphs, start=1):
            chunks.append(Chunk(f"{pack_id}/{document.stem}#{number}", title, paragraph))
    return chunks


def load_pack(folder: Path) -> Pack:
    """Load and index one pack folder."""
    manifest = _read_manifest(folder)
    return Pack(manifest, _read_chunks(folder, manifest.pack_id))


def load_packs(*folders: Path | None) -> dict[str, Pack]:
    """Load every pack under the given folders; later folders override earlier ids."""
    packs: dict[str, Pack] = {}
    for root in folders:
        if root is None or not root.is_dir():
            continue
        for folder in sorted(p for p in root.iterdir() if (p / "manifest.json").is_file()):
            pack = load_pack(folder)
            packs[pack.manifest.pack_id] = pack
            logger.info(
                "loaded pack %s v%s (%d passages)",
                pack.manifest.pack_id,
                pack.manifest.version,
                len(pack.chunks),
            )
    return packs
