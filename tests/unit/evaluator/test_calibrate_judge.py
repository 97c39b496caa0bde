"""The calibration command end to end against a judge the test controls.

A fake RouterService answers each question with rubric scores chosen here, so the agreement
figures the command writes can be compared with values computed by hand. This proves the
command's plumbing and arithmetic, not the agreement of any real judge.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from grpc import aio

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.router.v1 import router_service_pb2 as router_pb
from neuroforge.router.v1 import router_service_pb2_grpc as router_grpc
from services.evaluator import calibrate

JUDGE_MODEL = "local/judge"
# Output = context, so the heuristic policy (no finding) and overlap (all terms in context)
# are both 1 and the judged overall is 0.25 r + 0.30 c + 0.15 h + 0.30 = 0.7 x + 0.3 when the
# judge answers x for all three criteria.
ANSWER = "Rivers carry water to the sea. The sea warms and water evaporates into clouds."
# question → (judge's score x, human label)
EXAMPLES = {
    "How does water reach the sea?": (0.9, "pass"),  # overall 0.93 → pass
    "Why do clouds form over the sea?": (0.8, "pass"),  # 0.86 → pass
    "What warms the sea?": (0.2, "fail"),  # 0.44 → fail
    "Where does rain come from?": (0.1, "pass"),  # 0.37 → fail, label disagrees
}


class ScriptedJudge(router_grpc.RouterServiceServicer):
    """Generate answers the rubric with the score set for the question (prose when None)."""

    def __init__(self) -> None:
        self.scores: dict[str, float | None] = {q: x for q, (x, _) in EXAMPLES.items()}

    async def Generate(
        self, request: router_pb.GenerateRequest, context: aio.ServicerContext[Any, Any]
    ) -> router_pb.GenerateResponse:
        asked = str(request)
        [score] = [x for question, x in self.scores.items() if question in asked]
        verdict = {"relevance": score, "correctness": score, "coherence": score, "reason": "ok"}
        output = "I think it is fine." if score is None else json.dumps(verdict)
        return router_pb.GenerateResponse(
            result=common_pb.ModelResult(model_id=JUDGE_MODEL, output=output)
        )


@pytest.fixture
async def router() -> AsyncIterator[tuple[ScriptedJudge, str]]:
    server = aio.server()
    judge = ScriptedJudge()  # type: ignore[abstract]  # only Generate is served
    router_grpc.add_RouterServiceServicer_to_server(judge, server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        yield judge, f"127.0.0.1:{port}"
    finally:
        await server.stop(0)


async def _calibrate(address: str, tmp_path: Path) -> dict[str, Any]:
    data = tmp_path / "set.jsonl"
    data.write_text(
        "\n".join(
            json.dumps(
                {
                    "id": f"ex-{i}",
                    "domain": "general",
                    "kind": "scripted",
                    "label": label,
                    "query": question,
                    "context": ANSWER,
                    "output": ANSWER,
                }
            )
            for i, (question, (_, label)) in enumerate(EXAMPLES.items())
        )
    )
    out = tmp_path / "results.json"
    argv = ["--data", str(data), "--out", str(out), "--judge-model", JUDGE_MODEL]
    # main() runs its own event loop, so it runs in a thread beside the fake router's loop.
    assert await asyncio.to_thread(calibrate.main, [*argv, "--router", address]) == 0
    report: dict[str, Any] = json.loads(out.read_text())
    return report


@pytest.fixture(autouse=True)
def _token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NF_INTERNAL_TOKEN", "internal-test-token")


async def test_calibrate_command_reports_hand_computed_judge_agreement(
    router: tuple[ScriptedJudge, str], tmp_path: Path
) -> None:
    report = await _calibrate(router[1], tmp_path)

    assert report["judge_model_id"] == JUDGE_MODEL
    assert report["judge_fallbacks"] == 0
    # overall [0.93, 0.86, 0.44, 0.37] vs labels [1, 1, 0, 1]:
    # Pearson = 0.21 / sqrt(0.245 · 0.75) = 0.4899; ranks [4, 3, 2, 1] vs [3, 3, 1, 3]:
    # Spearman = 1 / sqrt(5 · 3) = 0.2582; pass/fail agree on 3 of 4.
    assert report["judge_vs_labels"] == {
        "pearson": 0.4899,
        "spearman": 0.2582,
        "pass_fail_agreement": 0.75,
        "n": 4,
    }


async def test_fallbacks_are_left_out_of_the_agreement_not_counted_as_the_judge(
    router: tuple[ScriptedJudge, str], tmp_path: Path
) -> None:
    judge, address = router
    judge.scores["Where does rain come from?"] = None

    report = await _calibrate(address, tmp_path)

    assert (report["judge_fallbacks"], report["judge_answered"]) == (1, 3)
    # overall [0.93, 0.86, 0.44] vs labels [1, 1, 0]: Pearson 0.3033 / sqrt(0.1405 · 0.6667);
    # ranks [3, 2, 1] vs [2.5, 2.5, 1]: Spearman 1.5 / sqrt(2 · 1.5).
    assert report["judge_vs_labels"] == {
        "pearson": 0.9912,
        "spearman": 0.866,
        "pass_fail_agreement": 1.0,
        "n": 3,
    }


async def test_a_judge_that_never_answers_yields_no_agreement_figures(
    router: tuple[ScriptedJudge, str], tmp_path: Path
) -> None:
    judge, address = router
    judge.scores = dict.fromkeys(judge.scores)

    report = await _calibrate(address, tmp_path)

    assert (report["judge_fallbacks"], report["judge_answered"]) == (4, 0)
    assert report["judge_vs_labels"] is None
    assert report["heuristic_vs_judge"] is None
