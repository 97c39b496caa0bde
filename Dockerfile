# syntax=docker/dockerfile:1
# NeuroForge images: one build, one target per service, all sharing every layer but the last.
#
#   docker build --target orchestrator -t neuroforge/orchestrator:dev .
#
# Targets: orchestrator, context-builder, prompt-engine, model-router, evaluator, post-processor
# (the image of each runs `python -m services.<stage>`). Build context: the repository root.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---- native: the Rust tokenizer wheel, from Debian's packaged crates (offline cargo build) ----
FROM ${PYTHON_IMAGE} AS native
ARG MATURIN_VERSION=1.16.0
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# Crate packages as listed in native/build.sh; bookworm's versions are what the lockfile expects.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        cargo rustc \
        librust-pyo3-dev librust-rustc-hash-dev librust-unicode-normalization-dev \
        librust-once-cell-dev \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir "maturin==${MATURIN_VERSION}"
WORKDIR /src/native
COPY native/Cargo.toml native/Cargo.lock native/pyproject.toml ./
COPY native/.cargo ./.cargo
COPY native/src ./src
COPY native/python ./python
RUN maturin build --release --offline --interpreter python --out /wheels

# ---- deps: the virtualenv (runtime dependencies at the locked versions) and the descriptor set ----
FROM ${PYTHON_IMAGE} AS deps
ARG UV_VERSION=0.13.9
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
RUN pip install --no-cache-dir "uv==${UV_VERSION}" \
    && uv venv /opt/venv
WORKDIR /src
COPY requirements.lock pyproject.toml ./
# The lock also pins the dev tools; install only the project's dependencies, at the lock's versions.
RUN uv pip install --no-cache --python /opt/venv/bin/python -r pyproject.toml -c requirements.lock
COPY --from=native /wheels /wheels
RUN uv pip install --no-cache --python /opt/venv/bin/python --no-deps /wheels/*.whl
# The gateway's descriptor set, built by buf from the protos (the orchestrator image carries it and
# the chart's gateway pod copies it out in an init container).
COPY buf.yaml ./
COPY protos ./protos
COPY libs/nf_devtools ./libs/nf_devtools
RUN PYTHONPATH=/src/libs /opt/venv/bin/python -m nf_devtools.codegen --descriptor-only

# ---- runtime: no compilers, no package managers' caches, a non-root user ----
FROM ${PYTHON_IMAGE} AS runtime
RUN groupadd --system --gid 10001 neuroforge \
    && useradd --system --uid 10001 --gid neuroforge --no-create-home \
        --home-dir /nonexistent --shell /usr/sbin/nologin neuroforge
# The source tree is the application: services read their bundled data (packs, models.toml,
# migrations) next to their modules, and Tilt syncs edited sources into /app.
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app/libs:/app \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOME=/tmp \
    NF_BIND_HOST=0.0.0.0 \
    NF_LOG_FORMAT=json
WORKDIR /app
COPY --from=deps /opt/venv /opt/venv
COPY libs/nf_core ./libs/nf_core
COPY libs/neuroforge ./libs/neuroforge
COPY services ./services
COPY --from=deps /src/gateway/build/neuroforge.binpb ./gateway/build/neuroforge.binpb
# Fail the build, not the rollout, when the native tokenizer or an import is broken.
RUN python -c "import nf_tokenizer._native, services.orchestrator.server, services.post_processor.migrate"
USER 10001:10001
ENTRYPOINT ["python", "-m"]

FROM runtime AS orchestrator
EXPOSE 50051 51051
CMD ["services.orchestrator"]

FROM runtime AS context-builder
EXPOSE 50052 51052
CMD ["services.context_builder"]

FROM runtime AS prompt-engine
EXPOSE 50053 51053
CMD ["services.prompt_engine"]

FROM runtime AS model-router
EXPOSE 50054 51054
CMD ["services.model_router"]

FROM runtime AS evaluator
EXPOSE 50055 51055
CMD ["services.evaluator"]

FROM runtime AS post-processor
EXPOSE 50056 51056
CMD ["services.post_processor"]
