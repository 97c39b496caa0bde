"""Wiring of the Prompt Engine process."""

from __future__ import annotations

from grpc import aio

import nf_tokenizer
from neuroforge.prompt.v1 import prompt_service_pb2 as pb
from neuroforge.prompt.v1 import prompt_service_pb2_grpc as pb_grpc
from nf_core.server import ServiceSpec
from nf_core.settings import Stage
from services.prompt_engine.budget import ChunkTokenCounter
from services.prompt_engine.engine import PromptEngine
from services.prompt_engine.guard.classifier import InjectionClassifier
from services.prompt_engine.guard.verdict import PromptGuard
from services.prompt_engine.servicer import PromptServicer
from services.prompt_engine.settings import PromptEngineSettings


def build_spec(settings: PromptEngineSettings | None = None) -> ServiceSpec:
    """Assemble the Prompt Engine from its settings."""
    settings = settings or PromptEngineSettings()
    engine = PromptEngine(
        settings.prompt_context_budget_tokens,
        ChunkTokenCounter(settings.prompt_chunk_count_cache_size),
    )
    servicer = PromptServicer(engine, build_guard(settings))

    def register(server: aio.Server) -> None:
        pb_grpc.add_PromptServiceServicer_to_server(servicer, server)

    return ServiceSpec(
        stage=Stage.PROMPT_ENGINE,
        settings=settings,
        registrars=[register],
        service_names=[pb.DESCRIPTOR.services_by_name["PromptService"].full_name],
        details=lambda: {
            "tokenizer_backend": nf_tokenizer.backend(),
            "prompt_guard": _guard_mode(settings),
        },
        internal_only=True,
    )


def _guard_mode(settings: PromptEngineSettings) -> str:
    if not settings.prompt_guard_enabled:
        return "off"
    layers = ["lexical"]
    if settings.prompt_guard_classifier:
        layers.append("classifier")
    if settings.prompt_guard_embeddings:
        layers.append("semantic")
    return "+".join(layers)


def build_guard(settings: PromptEngineSettings) -> PromptGuard | None:
    """The guard the settings ask for (``None`` when disabled).

    Raises:
        RuntimeError: embeddings are requested but the model packages are not installed.
    """
    if not settings.prompt_guard_enabled:
        return None
    semantic = None
    if settings.prompt_guard_embeddings:
        from services.prompt_engine.guard.semantic import AttackCorpusMatcher

        semantic = AttackCorpusMatcher.from_installed_model()
    classifier = InjectionClassifier.load() if settings.prompt_guard_classifier else None
    return PromptGuard(
        semantic,
        semantic_block=settings.prompt_guard_semantic_block,
        semantic_flag=settings.prompt_guard_semantic_flag,
        chunk_cache_size=settings.prompt_guard_chunk_cache_size,
        classifier=classifier,
    )
