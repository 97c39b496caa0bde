"""Evaluation scores, policy findings and evaluator settings."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from nf_core.text import words
from services.evaluator.policy import check_policy
from services.evaluator.scoring import coherence, evaluate
from services.evaluator.settings import DEFAULT_WEIGHTS, EvaluatorSettings
from services.prompt_engine.templates import template_for

CONTEXT = (
    "Photosynthesis is the process by which plants, algae, and some bacteria use light energy "
    "to convert carbon dioxide and water into sugar and oxygen. In plants and algae, "
    "photosynthesis takes place inside organelles called chloroplasts, which are concentrated "
    "in the cells of leaves. The thylakoid membranes contain chlorophyll, the green pigment "
    "that captures light energy. Researchers can be reached at lab-team@botany.example.org for "
    "reprints."
)
QUERY = "How do plants use light energy in photosynthesis?"
GROUNDED = (
    "Photosynthesis is the process by which plants use light energy to convert carbon dioxide "
    "and water into sugar and oxygen. [1] The thylakoid membranes contain chlorophyll, the "
    "green pigment that captures light energy. [1]"
)
INVENTED = (
    "Dragons breathe purple fire across volcanic mountains every Tuesday. Wizards brew potions "
    "from moonlight, crystals and ancient runes."
)
SYSTEM_PROMPT = template_for("general", "analysis").system_prompt
CARD_OK = "4111 1111 1111 1111"  # Luhn-valid test card number
CARD_BAD = "4111 1111 1111 1112"  # fails the Luhn check


def _evaluate(output: str, threshold: float = 0.6) -> dict[str, float]:
    result = evaluate(QUERY, output, CONTEXT, SYSTEM_PROMPT, dict(DEFAULT_WEIGHTS), threshold)
    values = {name: score.value for name, score in result.scores.items()}
    values["overall"] = result.overall
    values["passed"] = float(result.passed)
    return values


def test_grounded_output_scores_higher_correctness_and_overlap_than_invented() -> None:
    grounded, invented = _evaluate(GROUNDED), _evaluate(INVENTED)

    assert grounded["correctness"] == 1.0
    assert invented["correctness"] == 0.0
    assert grounded["context_overlap"] > 0.9
    assert invented["context_overlap"] < 0.1
    assert grounded["passed"] == 1.0
    assert invented["passed"] == 0.0


def test_relevant_answer_scores_higher_relevance_than_off_topic() -> None:
    off_topic = "The stock market fell sharply after interest rates rose unexpectedly."

    relevant, unrelated = _evaluate(GROUNDED), _evaluate(off_topic)

    assert relevant["relevance"] == 1.0
    assert unrelated["relevance"] == 0.0


def test_every_score_lies_in_the_unit_interval() -> None:
    for output in (GROUNDED, INVENTED, "", "word"):
        assert all(0.0 <= value <= 1.0 for value in _evaluate(output).values())


@pytest.mark.parametrize(
    ("leak", "kind"),
    [
        ("Write to jane.doe@example.com for details.", "email address"),
        ("Use key sk-AbCdEf0123456789GhIjKlMn to call it.", "OpenAI-style API key"),
        ("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----", "private key"),
        (f"Pay with card {CARD_OK} today.", "payment card number"),
    ],
)
def test_sensitive_data_fails_policy_and_the_evaluation_despite_high_scores(
    leak: str, kind: str
) -> None:
    output = f"{GROUNDED} {leak}"

    result = evaluate(QUERY, output, CONTEXT, SYSTEM_PROMPT, dict(DEFAULT_WEIGHTS), threshold=0.0)

    assert result.scores["policy_compliance"].value == 0.0
    assert kind in result.scores["policy_compliance"].reason
    assert result.scores["relevance"].value == 1.0
    assert result.overall > 0.5
    assert not result.passed


def test_email_quoted_from_the_context_is_not_a_finding() -> None:
    output = f"{GROUNDED} Reprints come from lab-team@botany.example.org."

    assert check_policy(output, SYSTEM_PROMPT, CONTEXT) == []
    assert _evaluate(output)["policy_compliance"] == 1.0


def test_card_number_failing_the_luhn_check_is_not_a_finding() -> None:
    assert check_policy(f"Order number {CARD_BAD}.", SYSTEM_PROMPT, CONTEXT) == []


def test_twelve_word_run_from_the_system_prompt_is_flagged_as_leakage() -> None:
    output = "Sure. " + " ".join(words(SYSTEM_PROMPT)[5:17]) + " zebras."

    kinds = [f.kind for f in check_policy(output, SYSTEM_PROMPT, CONTEXT)]

    assert kinds == ["system prompt leakage"]


def test_eleven_word_run_from_the_system_prompt_is_not_leakage() -> None:
    output = "Sure. " + " ".join(words(SYSTEM_PROMPT)[5:16]) + " zebras."

    assert check_policy(output, SYSTEM_PROMPT, CONTEXT) == []


def test_repeated_sentences_lower_coherence() -> None:
    distinct = (
        "Plants capture light energy. Chlorophyll absorbs red and blue light. "
        "Most leaves look green to us."
    )
    repeated = "Plants capture light energy. " * 3

    assert coherence(repeated).value < coherence(distinct).value
    assert "repeated sentences" in coherence(repeated).reason
    assert coherence(distinct).reason == "well-formed"


def test_unfinished_ending_lowers_coherence() -> None:
    finished = "Plants capture light energy in their leaves. Chlorophyll absorbs the red light."
    unfinished = (
        "Plants capture light energy in their leaves. Chlorophyll absorbs the red light and"
    )

    assert coherence(finished).value == 1.0
    assert coherence(unfinished).value == 0.75
    assert "unfinished ending" in coherence(unfinished).reason


def test_trailing_citation_does_not_count_as_an_unfinished_ending() -> None:
    assert "unfinished ending" not in coherence(f"{GROUNDED}").reason


def test_citations_do_not_lower_the_coherence_of_a_well_formed_answer() -> None:
    uncited = GROUNDED.replace(" [1]", "")

    assert coherence(uncited).value == 1.0
    assert coherence(GROUNDED).value == coherence(uncited).value


def test_empty_output_has_zero_coherence() -> None:
    assert coherence("   ").value == 0.0


@pytest.mark.parametrize(
    "weights",
    [
        {k: v for k, v in DEFAULT_WEIGHTS.items() if k != "coherence"},
        {**DEFAULT_WEIGHTS, "fluency": 0.1},
        {**DEFAULT_WEIGHTS, "relevance": -0.1},
        dict.fromkeys(DEFAULT_WEIGHTS, 0.0),
    ],
    ids=["missing-key", "extra-key", "negative", "all-zero"],
)
def test_settings_reject_incomplete_or_negative_weights(weights: dict[str, float]) -> None:
    with pytest.raises(ValidationError):
        EvaluatorSettings(evaluator_weights=weights)
    with pytest.raises(ValidationError):
        EvaluatorSettings(evaluator_domain_weights={"market": weights})


def test_per_domain_threshold_and_weights_apply_only_to_their_domain() -> None:
    custom = {**DEFAULT_WEIGHTS, "coherence": 0.5}
    settings = EvaluatorSettings(
        evaluator_pass_threshold=0.6,
        evaluator_domain_thresholds={"market": 0.95},
        evaluator_domain_weights={"literary": custom},
    )

    assert settings.threshold_for("market") == 0.95
    assert settings.threshold_for("general") == 0.6
    assert settings.weights_for("literary") == custom
    assert settings.weights_for("market") == DEFAULT_WEIGHTS


def test_same_output_passes_the_default_threshold_but_not_a_stricter_domain_one() -> None:
    settings = EvaluatorSettings(
        evaluator_pass_threshold=0.5, evaluator_domain_thresholds={"market": 0.99}
    )
    half_grounded = f"{GROUNDED} Wizards brew potions from moonlight and ancient runes."

    def passed(domain: str) -> bool:
        return evaluate(
            QUERY,
            half_grounded,
            CONTEXT,
            SYSTEM_PROMPT,
            settings.weights_for(domain),
            settings.threshold_for(domain),
        ).passed

    assert passed("general")
    assert not passed("market")


@pytest.mark.parametrize(
    ("leak", "kind"),
    [
        ("The service password: hunter2-Correct-Horse-42 works.", "credential assignment"),
        (
            "Set NF_INTERNAL_TOKEN=4f9c2e7a1b3d5f6a8c0e2d4b6f8a0c1e and retry.",
            "credential assignment",
        ),
        ("Slack: xoxb-1234567890-abcdefghij", "Slack token"),
        ("<|im_start|>system You are NeuroForge's analyst.", "chat template tokens"),
    ],
)
def test_leaked_secrets_and_prompt_structure_fail_policy(leak: str, kind: str) -> None:
    result = evaluate(
        QUERY, f"{GROUNDED} {leak}", CONTEXT, SYSTEM_PROMPT, dict(DEFAULT_WEIGHTS), 0.0
    )

    assert result.scores["policy_compliance"].value == 0.0
    assert kind in result.scores["policy_compliance"].reason
    assert result.hard_failure
    assert not result.passed
