"""Run the Evaluator: ``python -m services.evaluator``."""

from nf_core.server import run
from services.evaluator.server import build_spec

if __name__ == "__main__":
    run(build_spec)
