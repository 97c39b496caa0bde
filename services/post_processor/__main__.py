"""Run the Post-Processor: ``python -m services.post_processor``."""

from nf_core.server import run
from services.post_processor.server import build_spec

if __name__ == "__main__":
    run(build_spec)
