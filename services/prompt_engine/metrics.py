"""Prometheus metrics of the Prompt Engine (its cache lookups use nf_core.metrics.CACHE_LOOKUPS)."""

from __future__ import annotations

from nf_core.metrics import cache_counters

# The value of ``cache`` in nf_cache_lookups_total for the per-passage token-count cache.
CHUNK_TOKENS_CACHE = "prompt_chunk_tokens"
CHUNK_TOKENS_HIT, CHUNK_TOKENS_MISS = cache_counters(CHUNK_TOKENS_CACHE)
