"""CPU per request of every mesh process under REST load, optionally with py-spy profiles.

Starts the fake OpenAI-compatible provider and the mesh (as ``run.py`` does), drives it with k6
at a fixed concurrency, and prints requests/s and CPU milliseconds per request per process.
``--py-spy`` records a collapsed-stack profile of each service (py-spy is not a dependency:
install it anywhere and pass its path). Extra ``--env KEY=VALUE`` pairs reach every service,
e.g. ``--env NF_EVENT_LOOP=asyncio`` for a side-by-side run of the event loops.

    .venv/bin/python bench/mesh/profile.py --concurrency 10 --seconds 20
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import run as bench  # the harness next to this file
from procstat import cpu_ms

from nf_devtools.mesh import free_port_block, running_mesh


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--py-spy", default="", help="path of a py-spy binary; empty: no profile")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "nf-profile")
    parser.add_argument("--env", action="append", default=[], help="KEY=VALUE for every service")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nf-profile-"))
    port = free_port_block(4)
    fake_url = f"http://127.0.0.1:{port}/v1"
    extra = {**bench.mesh_env(work, fake_url), **dict(pair.split("=", 1) for pair in args.env)}
    fake = [sys.executable, "-m", "nf_devtools.fakes.openai", "--port", str(port)]
    with bench.process(fake, work / "fake.log"):
        bench._wait_http(f"http://127.0.0.1:{port}/", 15)
        with running_mesh(work / "mesh", extra_env=extra) as mesh:
            token = mesh.token("bench", "bench", ("user",), ttl_seconds=3600)
            env = {
                "TARGET_URL": f"{mesh.gateway_url}/api/v1/inference",
                "TOKEN": token,
                "BODY": json.dumps(bench.INFER_BODY),
                "VUS": str(args.concurrency),
            }
            bench.k6("http_load.js", {**env, "DURATION": "4s"}, work / "warmup.json")
            spies = []
            if args.py_spy:
                args.out.mkdir(parents=True, exist_ok=True)
                for name, pid in mesh.processes.items():
                    if name == "gateway":
                        continue
                    argv = [args.py_spy, "record", "--pid", str(pid), "--rate", "200"]
                    argv += ["--duration", str(max(1, args.seconds - 2)), "--format", "raw"]
                    argv += ["--nonblocking", "-o", str(args.out / f"{name}.txt")]
                    spies.append(subprocess.Popen(argv, stdout=subprocess.DEVNULL))
            before = {name: cpu_ms([pid]) for name, pid in mesh.processes.items()}
            figures = bench.k6(
                "http_load.js", {**env, "DURATION": f"{args.seconds}s"}, work / "run.json"
            )
            after = {name: cpu_ms([pid]) for name, pid in mesh.processes.items()}
            for spy in spies:
                spy.wait(timeout=args.seconds + 60)
    requests = max(figures["requests"], 1)
    per_process = {name: round((after[name] - before[name]) / requests, 2) for name in before}
    print(json.dumps({**figures, "cpu_ms_per_request": per_process}, indent=2))
    print(f"total CPU ms/request: {sum(per_process.values()):.2f}")
    if spies:
        print(f"profiles (collapsed stacks): {args.out}")


if __name__ == "__main__":
    main()
