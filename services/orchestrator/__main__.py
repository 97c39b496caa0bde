"""Run the orchestrator: ``python -m services.orchestrator``."""

from nf_core.server import run
from services.orchestrator.server import build_spec

if __name__ == "__main__":
    run(build_spec)
