"""Calibration: agreement statistics and the heuristic scores on the labelled set."""

from __future__ import annotations

import pytest

from services.evaluator.calibrate import agreement, load, run
from services.evaluator.settings import EvaluatorSettings


def test_agreement_of_identical_rankings_is_perfect() -> None:
    figures = agreement([0.1, 0.5, 0.9], [0.2, 0.4, 0.8], [False, False, True], [False, True, True])

    assert figures["pearson"] == pytest.approx(0.982, abs=1e-3)
    assert figures["spearman"] == 1.0
    assert figures["pass_fail_agreement"] == pytest.approx(2 / 3, abs=1e-3)


async def test_heuristic_scores_agree_with_the_labels_on_the_calibration_set() -> None:
    examples = load()

    report = await run(examples, EvaluatorSettings(), None, None)

    assert len(examples) >= 60
    assert report["heuristic_vs_labels"]["pass_fail_agreement"] >= 0.9
    assert report["heuristic_vs_labels"]["spearman"] >= 0.7
