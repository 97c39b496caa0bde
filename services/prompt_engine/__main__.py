"""Run the Prompt Engine: ``python -m services.prompt_engine``."""

from nf_core.server import run
from services.prompt_engine.server import build_spec

if __name__ == "__main__":
    run(build_spec)
