"""Run the Model Router: ``python -m services.model_router``."""

from nf_core.server import run
from services.model_router.server import build_spec

if __name__ == "__main__":
    run(build_spec)
