"""Prompt-injection guard: normalise, decode, match, decide; run before a prompt is built."""

from services.prompt_engine.guard.verdict import (
    Action,
    ChunkScan,
    GuardVerdict,
    PromptGuard,
)

__all__ = ["Action", "ChunkScan", "GuardVerdict", "PromptGuard"]
