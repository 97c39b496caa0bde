"""Context packs on disk: bundled packs, manifest validation, operator overrides."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from services.context_builder.packs import Pack, PackFormatError, load_pack, load_packs
from services.context_builder.settings import BUNDLED_PACKS_DIR

BUNDLED_IDS = {"literary-demo": "literary", "market-demo": "market", "general-demo": "general"}


def _manifest(pack_id: str, **overrides: object) -> dict[str, object]:
    manifest: dict[str, object] = {
        "id": pack_id,
        "domain": "literary",
        "version": "9.9.9",
        "title": f"{pack_id} title",
        "description": "A pack written by a test.",
        "fallback_summary": "Summary used when nothing matches.",
    }
    manifest.update(overrides)
    return manifest


def _write_pack(
    root: Path,
    folder: str,
    manifest: dict[str, object] | str,
    documents: dict[str, str] | None = None,
) -> Path:
    pack_dir = root / folder
    (pack_dir / "documents").mkdir(parents=True)
    text = manifest if isinstance(manifest, str) else json.dumps(manifest)
    (pack_dir / "manifest.json").write_text(text, encoding="utf-8")
    for name, body in (documents or {}).items():
        (pack_dir / "documents" / f"{name}.md").write_text(body, encoding="utf-8")
    return pack_dir


_DOC = "# Operator Notes\n\nFirst paragraph about lighthouses.\n\nSecond paragraph\nabout tides.\n"


def test_bundled_packs_are_the_three_demo_packs_with_matching_domains(
    bundled_packs: dict[str, Pack],
) -> None:
    assert {pid: pack.manifest.domain for pid, pack in bundled_packs.items()} == BUNDLED_IDS


@pytest.mark.parametrize("pack_id", sorted(BUNDLED_IDS))
def test_bundled_pack_has_many_passages_with_stable_unique_ids(
    bundled_packs: dict[str, Pack], pack_id: str
) -> None:
    pack = bundled_packs[pack_id]
    ids = [chunk.chunk_id for chunk in pack.chunks]

    assert len(pack.chunks) > 20
    assert len(set(ids)) == len(ids)
    documents = {p.stem for p in (BUNDLED_PACKS_DIR / pack_id / "documents").glob("*.md")}
    for chunk_id in ids:
        match = re.fullmatch(rf"{re.escape(pack_id)}/([a-z0-9-]+)#([1-9][0-9]*)", chunk_id)
        assert match is not None, chunk_id
        assert match[1] in documents
    assert all(chunk.text.strip() and "\n" not in chunk.text for chunk in pack.chunks)


def test_paragraphs_become_numbered_chunks_titled_by_the_heading(tmp_path: Path) -> None:
    _write_pack(tmp_path, "ops-notes", _manifest("ops-notes"), {"tides": _DOC})

    pack = load_pack(tmp_path / "ops-notes")

    assert [(c.chunk_id, c.document_title, c.text) for c in pack.chunks] == [
        ("ops-notes/tides#1", "Operator Notes", "First paragraph about lighthouses."),
        ("ops-notes/tides#2", "Operator Notes", "Second paragraph about tides."),
    ]


def test_invalid_json_manifest_raises_pack_format_error(tmp_path: Path) -> None:
    _write_pack(tmp_path, "broken", "{not json", {"doc": _DOC})

    with pytest.raises(PackFormatError, match=r"manifest\.json"):
        load_pack(tmp_path / "broken")


def test_manifest_missing_keys_raises_pack_format_error_naming_them(tmp_path: Path) -> None:
    manifest = _manifest("partial")
    del manifest["fallback_summary"]
    _write_pack(tmp_path, "partial", manifest, {"doc": _DOC})

    with pytest.raises(PackFormatError, match="fallback_summary"):
        load_pack(tmp_path / "partial")


def test_manifest_id_differing_from_folder_raises_pack_format_error(tmp_path: Path) -> None:
    _write_pack(tmp_path, "folder-name", _manifest("other-name"), {"doc": _DOC})

    with pytest.raises(PackFormatError, match="folder name"):
        load_pack(tmp_path / "folder-name")


def test_manifest_with_unknown_domain_raises_pack_format_error(tmp_path: Path) -> None:
    _write_pack(tmp_path, "astro", _manifest("astro", domain="astrology"), {"doc": _DOC})

    with pytest.raises(PackFormatError, match="domain"):
        load_pack(tmp_path / "astro")


def test_pack_without_passages_raises_pack_format_error(tmp_path: Path) -> None:
    _write_pack(tmp_path, "empty-pack", _manifest("empty-pack"))

    with pytest.raises(PackFormatError, match="no passages"):
        load_pack(tmp_path / "empty-pack")


def test_malformed_pack_fails_loading_the_whole_folder(tmp_path: Path) -> None:
    _write_pack(tmp_path, "good-pack", _manifest("good-pack"), {"doc": _DOC})
    _write_pack(tmp_path, "broken", "{", {"doc": _DOC})

    with pytest.raises(PackFormatError, match="broken"):
        load_packs(tmp_path)


@pytest.mark.parametrize(
    "manifest",
    ["[]", '"just a string"', json.dumps(_manifest("placeholder", id=123))],
    ids=["list", "string", "numeric-id"],
)
def test_manifest_of_the_wrong_json_shape_raises_pack_format_error(
    tmp_path: Path, manifest: str
) -> None:
    _write_pack(tmp_path, "wrong-shape", manifest, {"doc": _DOC})

    with pytest.raises(PackFormatError):
        load_pack(tmp_path / "wrong-shape")


def test_operator_pack_overrides_a_bundled_id_and_keeps_the_others(tmp_path: Path) -> None:
    _write_pack(tmp_path, "literary-demo", _manifest("literary-demo"), {"tides": _DOC})

    packs = load_packs(BUNDLED_PACKS_DIR, tmp_path)

    assert set(packs) == set(BUNDLED_IDS)
    override = packs["literary-demo"]
    assert override.manifest.version == "9.9.9"
    assert [c.chunk_id for c in override.chunks] == [
        "literary-demo/tides#1",
        "literary-demo/tides#2",
    ]
    assert len(packs["market-demo"].chunks) > 20


def test_missing_or_unset_folders_are_skipped(tmp_path: Path) -> None:
    assert load_packs(None, tmp_path / "does-not-exist") == {}
