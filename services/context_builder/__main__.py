"""Run the Context Builder: ``python -m services.context_builder``."""

from nf_core.server import run
from services.context_builder.server import build_spec

if __name__ == "__main__":
    run(build_spec)
