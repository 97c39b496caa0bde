"""Prompt Engine settings (``NF_PROMPT_*``)."""

from __future__ import annotations

from pydantic import Field

from nf_core.settings import MeshSettings


class PromptEngineSettings(MeshSettings):
    """Settings of the Prompt Engine."""

    prompt_context_budget_tokens: int = Field(
        8000, ge=100, le=200_000, description="Default token budget for context passages."
    )
    prompt_chunk_count_cache_size: int = Field(
        50_000, ge=1, description="Passages whose token counts are remembered."
    )
