"""Evaluator: scores an answer for relevance, grounding, coherence, policy and overlap."""
