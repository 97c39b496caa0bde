# NeuroForge developer entry points. Every target bootstraps what it needs through `setup`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
UV := $(PY) -m uv
STAMP := $(VENV)/.setup-stamp
NATIVE_SOURCES := $(shell find native/src native/python native/Cargo.toml native/Cargo.lock native/pyproject.toml native/build.sh -type f -not -path '*/__pycache__/*' 2>/dev/null)

.PHONY: help setup run test lint proto fmt native token chart bench clean

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv

$(STAMP): $(PY) requirements.lock requirements-embeddings.txt pyproject.toml
	$(UV) pip sync --quiet --python $(PY) requirements.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -r requirements-embeddings.txt
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	touch $(STAMP)

$(VENV)/.native-stamp: $(STAMP) $(NATIVE_SOURCES)
	bash native/build.sh $(PY)
	touch $@

gateway/build/neuroforge.binpb: $(STAMP) buf.yaml $(shell find protos -name '*.proto')
	$(PY) -m nf_devtools.codegen --descriptor-only

.dev/jwt/jwks.json .dev/internal-token: | $(STAMP)
	$(PY) -m nf_devtools.devkeys

setup: $(STAMP) $(VENV)/.native-stamp gateway/build/neuroforge.binpb .dev/jwt/jwks.json .dev/internal-token ## Create .venv, build the tokenizer and descriptors, make dev keys (idempotent).

native: setup ## Rebuild the Rust tokenizer if its sources changed.

proto: $(STAMP) ## Regenerate Python code, the gateway descriptor set and openapi.json from protos/.
	$(VENV)/bin/buf format -w
	$(PY) -m nf_devtools.codegen
	$(PY) -m nf_devtools.openapi
	$(PY) -m nf_devtools.chart

chart: $(STAMP) ## Copy the Envoy template and model registry into helm/, regenerate values.schema.json.
	$(PY) -m nf_devtools.chart

SUB ?= alice
TENANT ?= acme
ROLES ?= user
token: setup ## Print a dev token: make token SUB=alice TENANT=acme ROLES=user,admin
	@$(PY) -m nf_devtools.devkeys token --sub $(SUB) --tenant $(TENANT) --roles $(ROLES)

run: setup ## Start all six services and Envoy with embedded defaults.
	$(PY) -m nf_devtools.run

lint: setup ## ruff, mypy, buf lint and buf format.
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/buf lint
	$(VENV)/bin/buf format --diff --exit-code

fmt: setup ## Apply ruff and buf formatting.
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/buf format -w

test: setup lint ## Lint, then run the whole test suite.
	$(PY) -m pytest

bench: setup ## Load benchmarks beside LiteLLM (about 10 minutes; not part of make test).
	$(PY) bench/mesh/run.py $(BENCH_ARGS)

clean: ## Remove the virtualenv and build output (keeps .dev/ data).
	rm -rf $(VENV) gateway/build native/target
