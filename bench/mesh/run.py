"""Load harness: NeuroForge's five-stage pipeline vs the LiteLLM proxy vs the provider itself.

Every peer talks to the same fake OpenAI-compatible provider on 127.0.0.1 (fixed delay,
default 0), and k6 drives each with the same fixed concurrency and arrival-rate profiles.
Everything runs on loopback, every run is bounded by its duration, and every process started
here is stopped on exit. Results: one JSON file per run under bench/results/.

    .venv/bin/python bench/mesh/run.py                # the standard run (about 10 minutes)
    .venv/bin/python bench/mesh/run.py --quick        # a short smoke run
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from nf_core.settings import Stage
from nf_devtools.mesh import Mesh, free_port_block, running_mesh
from nf_devtools.paths import REPO_ROOT, venv_tool

sys.path.insert(0, str(Path(__file__).parent))
from procstat import cpu_ms, group_members, rss_mb

HERE = Path(__file__).parent
LITELLM_VENV = REPO_ROOT / "bench" / ".venv-litellm"
RESULTS = REPO_ROOT / "bench" / "results"
# "{n}" becomes a per-request id in the k6 scripts: no cache or de-duplication helps anyone.
INFER_BODY = {
    "domain": "DOMAIN_MARKET",
    "task_type": "TASK_TYPE_ANALYSIS",
    "context_pack_id": "market-demo",
    "user_query": "How do I calculate customer lifetime value? (request {n})",
    "max_tokens": 256,
}
CHAT_BODY = {
    "model": "bench",
    "max_tokens": 256,
    "messages": [
        {"role": "user", "content": "How do I calculate customer lifetime value? (request {n})"}
    ],
}
STAGES = ("context_builder", "prompt_engine", "model_router", "evaluator", "post_processor")


def _wait_http(url: str, seconds: float) -> None:
    give_up = time.monotonic() + seconds
    while time.monotonic() < give_up:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=1).status_code < 500:
                return
        time.sleep(0.25)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@contextlib.contextmanager
def process(
    argv: list[str], log: Path, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """A child in its own process group, stopped (group and all) on exit."""
    with log.open("wb") as out:
        child = subprocess.Popen(
            argv,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            cwd=REPO_ROOT,
        )
    try:
        yield child
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGTERM)
        try:
            child.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait(timeout=5)


def ensure_litellm() -> Path:
    """LiteLLM's own virtualenv under bench/ (created on first use)."""
    binary = LITELLM_VENV / "bin" / "litellm"
    if not binary.exists():
        subprocess.run([sys.executable, "-m", "venv", str(LITELLM_VENV)], check=True)
        subprocess.run(
            [str(LITELLM_VENV / "bin" / "python"), "-m", "pip", "install", "-q", "uv"], check=True
        )
        subprocess.run(
            [
                str(LITELLM_VENV / "bin" / "python"),
                "-m",
                "uv",
                "pip",
                "install",
                "-q",
                "--python",
                str(LITELLM_VENV / "bin" / "python"),
                "litellm[proxy]",
            ],
            check=True,
        )
    return binary


def k6(script: str, env: dict[str, str], summary: Path) -> dict[str, Any]:
    """Run one k6 profile; return the figures that matter."""
    completed = subprocess.run(
        [
            venv_tool("k6"),
            "run",
            "--quiet",
            "--summary-export",
            str(summary),
            str(HERE / "k6" / script),
        ],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if completed.returncode not in (0, 99):  # 99: thresholds/checks failed, figures still valid
        raise RuntimeError(f"k6 failed:\n{completed.stderr[-2000:]}")
    metrics = json.loads(summary.read_text())["metrics"]
    duration_key = "grpc_req_duration" if "grpc_req_duration" in metrics else "http_req_duration"
    latency = metrics[duration_key]
    requests = metrics["iterations"]["count"]
    checks = metrics.get("checks", {})
    return {
        "requests": requests,
        "rps": round(metrics["iterations"]["rate"], 1),
        "p50_ms": round(latency["med"], 2),
        "p90_ms": round(latency["p(90)"], 2),
        "p99_ms": round(latency["p(99)"], 2),
        "max_ms": round(latency["max"], 2),
        "errors": int(checks.get("fails", 0)),
    }


def stage_means(mesh: Mesh) -> dict[str, float]:
    """Cumulative (sum, count) of each stage's latency from the orchestrator's metrics."""
    text = httpx.get(mesh.metrics_url(Stage.ORCHESTRATOR), timeout=5).text
    sums: dict[str, float] = {}
    for stage in STAGES:
        total = re.search(
            rf'nf_pipeline_stage_seconds_sum{{outcome="ok",stage="{stage}"}} (\S+)', text
        )
        count = re.search(
            rf'nf_pipeline_stage_seconds_count{{outcome="ok",stage="{stage}"}} (\S+)', text
        )
        sums[stage] = float(total[1]) if total else 0.0
        sums[f"{stage}#count"] = float(count[1]) if count else 0.0
    return sums


def measure(
    name: str,
    script: str,
    env: dict[str, str],
    pids: list[int],
    work: Path,
    warmup: str,
    mesh: Mesh | None = None,
) -> dict[str, Any]:
    """Warm up, then one measured run with CPU and (for NeuroForge) per-stage accounting."""
    k6(script, {**env, "DURATION": warmup}, work / f"{name}-warmup.json")
    before_cpu = cpu_ms(pids)
    before_stages = stage_means(mesh) if mesh else {}
    figures = k6(script, env, work / f"{name}.json")
    spent = cpu_ms(pids) - before_cpu
    figures["cpu_ms_per_request"] = round(spent / max(figures["requests"], 1), 2)
    if mesh:
        after = stage_means(mesh)
        figures["stage_ms"] = {
            stage: round(
                1000
                * (after[stage] - before_stages[stage])
                / max(after[f"{stage}#count"] - before_stages[f"{stage}#count"], 1),
                3,
            )
            for stage in STAGES
        }
    print(
        f"  {name:<28} {figures['rps']:>8} req/s  p50 {figures['p50_ms']:>7} ms  "
        f"p99 {figures['p99_ms']:>7} ms  errors {figures['errors']}  "
        f"cpu {figures['cpu_ms_per_request']} ms/req",
        flush=True,
    )
    return figures


REGISTRY = """
[[models]]
model_id = "openai/bench"
provider = "openai"
model_name = "bench"
base_url = "{base_url}"
api_key_env = "NF_OPENAI_API_KEY"
context_window = 128000
cost_per_1k_input = 0.0
cost_per_1k_output = 0.0
expected_latency_ms = 5
quality = {{ literary = 0.9, market = 0.9, general = 0.9 }}
"""


def mesh_env(work: Path, fake_url: str) -> dict[str, str]:
    """The mesh's settings for a run: one model at the fake provider, budgets out of the way."""
    (work / "models.toml").write_text(REGISTRY.format(base_url=fake_url))
    return {
        "NF_ROUTER_REGISTRY_PATH": str(work / "models.toml"),
        "NF_OPENAI_API_KEY": "fake",
        "NF_LOG_LEVEL": "WARNING",
        "NF_RATELIMIT_USER_PER_MINUTE": "10000000",
        "NF_RATELIMIT_TENANT_PER_MINUTE": "10000000",
    }


LITELLM_CONFIG = """
model_list:
  - model_name: bench
    litellm_params:
      model: openai/bench
      api_base: {base_url}
      api_key: fake
litellm_settings:
  callbacks: []
  success_callback: []
  failure_callback: []
  turn_off_message_logging: true
  set_verbose: false
general_settings:
  master_key: sk-bench
"""


def soak(
    env: dict[str, str], pids: dict[str, int], work: Path, seconds: int, rate: int
) -> dict[str, Any]:
    """A fixed rate for ``seconds`` in one-minute windows: error rate, p99 drift, memory."""
    start_rss = {name: round(rss_mb(pid), 1) for name, pid in pids.items()}
    windows = []
    for index in range(max(1, seconds // 60)):
        windows.append(
            k6(
                "http_load.js",
                {**env, "MODE": "rate", "RATE": str(rate), "VUS": "50", "DURATION": "60s"},
                work / f"soak-{index}.json",
            )
        )
    end_rss = {name: round(rss_mb(pid), 1) for name, pid in pids.items()}
    requests = sum(w["requests"] for w in windows)
    return {
        "seconds": 60 * len(windows),
        "rate": rate,
        "requests": requests,
        "error_rate": round(sum(w["errors"] for w in windows) / max(requests, 1), 5),
        "p99_ms_by_minute": [w["p99_ms"] for w in windows],
        "rss_mb_start": start_rss,
        "rss_mb_end": end_rss,
        "rss_growth_pct": {
            name: round(100 * (end_rss[name] - start_rss[name]) / max(start_rss[name], 1), 1)
            for name in pids
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay-ms", type=float, default=0.0)
    parser.add_argument("--concurrency", default="1,10,50")
    parser.add_argument("--duration", default="20s")
    parser.add_argument("--warmup", default="5s")
    parser.add_argument("--rate", type=int, default=100, help="fixed arrival rate (req/s)")
    parser.add_argument("--soak-seconds", type=int, default=0, help="0 skips the soak")
    parser.add_argument("--postgres", default="", help="a postgresql:// URL for the variant")
    parser.add_argument("--redis", default="", help="a redis:// URL for the variant")
    parser.add_argument("--skip-litellm", action="store_true")
    parser.add_argument("--quick", action="store_true", help="concurrency 1,10, 5 s runs")
    args = parser.parse_args()
    if args.quick:
        args.concurrency, args.duration, args.warmup = "1,10", "5s", "2s"
    levels = [int(level) for level in args.concurrency.split(",")]
    work = Path(tempfile.mkdtemp(prefix="nf-bench-"))
    base = free_port_block(4)
    fake_port, litellm_port = base, base + 1
    fake_url = f"http://127.0.0.1:{fake_port}/v1"
    extra = mesh_env(work, fake_url)
    if args.postgres:
        extra["NF_DATABASE_URL"] = args.postgres
    if args.redis:
        extra["NF_REDIS_URL"] = args.redis
    results: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "config": vars(args),
        "runs": {},
    }

    def run_peer(
        name: str, script: str, env: dict[str, str], pids: list[int], peer_mesh: Mesh | None
    ) -> None:
        print(f"{name}:", flush=True)
        for level in levels:
            results["runs"][f"{name}@c{level}"] = measure(
                f"{name}-c{level}",
                script,
                {**env, "VUS": str(level), "DURATION": args.duration},
                pids,
                work,
                args.warmup,
                peer_mesh,
            )
        if script == "http_load.js":
            results["runs"][f"{name}@rate{args.rate}"] = measure(
                f"{name}-rate{args.rate}",
                script,
                {
                    **env,
                    "MODE": "rate",
                    "RATE": str(args.rate),
                    "VUS": "50",
                    "DURATION": args.duration,
                },
                pids,
                work,
                args.warmup,
                peer_mesh,
            )

    fake_argv = [
        sys.executable,
        "-m",
        "nf_devtools.fakes.openai",
        "--port",
        str(fake_port),
        "--delay-ms",
        str(args.delay_ms),
    ]
    # Each peer runs alone beside the fake provider, so none pays for another's idle CPU.
    with process(fake_argv, work / "fake.log") as fake:
        _wait_http(f"http://127.0.0.1:{fake_port}/", 15)
        run_peer(
            "direct_provider",
            "http_load.js",
            {
                "TARGET_URL": f"{fake_url}/chat/completions",
                "TOKEN": "fake",
                "BODY": json.dumps(CHAT_BODY),
            },
            [fake.pid],
            None,
        )
        with running_mesh(work / "mesh", extra_env=extra) as mesh:
            token = mesh.token("bench", "bench", ("user",), ttl_seconds=6 * 3600)
            rest = {
                "TARGET_URL": f"{mesh.gateway_url}/api/v1/inference",
                "TOKEN": token,
                "BODY": json.dumps(INFER_BODY),
            }
            run_peer("neuroforge_rest", "http_load.js", rest, list(mesh.processes.values()), mesh)
            run_peer(
                "neuroforge_grpc",
                "grpc_load.js",
                {
                    "TARGET": mesh.grpc_address(Stage.ORCHESTRATOR),
                    "TOKEN": token,
                    "PROTO_ROOT": str(REPO_ROOT / "protos"),
                    "BODY": json.dumps(INFER_BODY),
                },
                [pid for name, pid in mesh.processes.items() if name != "gateway"],
                mesh,
            )
            if args.soak_seconds:
                print("soak:", flush=True)
                results["soak"] = soak(rest, mesh.processes, work, args.soak_seconds, args.rate)
        if not args.skip_litellm:
            (work / "litellm.yaml").write_text(LITELLM_CONFIG.format(base_url=fake_url))
            litellm_argv = [
                str(ensure_litellm()),
                "--config",
                str(work / "litellm.yaml"),
                "--host",
                "127.0.0.1",
                "--port",
                str(litellm_port),
                # gunicorn: uvicorn's supervisor kills workers whose slow start misses its 5 s
                # health ping on this machine, in an endless restart loop.
                "--run_gunicorn",
                "--num_workers",
                str(os.cpu_count() or 2),
            ]
            # The local cost map: the proxy must not reach for the internet at start-up.
            litellm_env = {
                **os.environ,
                "LITELLM_LOG": "ERROR",
                "LITELLM_LOCAL_MODEL_COST_MAP": "True",
                "LITELLM_TELEMETRY": "False",
            }
            with process(litellm_argv, work / "litellm.log", env=litellm_env) as litellm:
                _wait_http(f"http://127.0.0.1:{litellm_port}/health/liveliness", 300)
                time.sleep(5)  # let every worker finish booting
                run_peer(
                    "litellm_proxy",
                    "http_load.js",
                    {
                        "TARGET_URL": f"http://127.0.0.1:{litellm_port}/chat/completions",
                        "TOKEN": "sk-bench",
                        "BODY": json.dumps(CHAT_BODY),
                    },
                    group_members(litellm.pid),
                    None,
                )
    results["ratios"] = ratios(results["runs"], levels)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"mesh-{results['started'].replace(':', '')}.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"\nratios: {json.dumps(results['ratios'])}\nresults: {out}\nlogs: {work}")


def ratios(runs: dict[str, Any], levels: list[int]) -> dict[str, float]:
    """NeuroForge over LiteLLM: throughput at the highest concurrency, p50 at the lowest."""
    top, low = max(levels), min(levels)
    ours_top, theirs_top = runs.get(f"neuroforge_rest@c{top}"), runs.get(f"litellm_proxy@c{top}")
    ours_low, theirs_low = runs.get(f"neuroforge_rest@c{low}"), runs.get(f"litellm_proxy@c{low}")
    if not (ours_top and theirs_top and ours_low and theirs_low):
        return {}
    return {
        f"throughput_ours_over_litellm@c{top}": round(ours_top["rps"] / theirs_top["rps"], 2),
        f"p50_ours_over_litellm@c{low}": round(ours_low["p50_ms"] / theirs_low["p50_ms"], 2),
    }


if __name__ == "__main__":
    main()
