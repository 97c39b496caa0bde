"""gRPC adapter of the Prompt Engine."""

from __future__ import annotations

import logging
from typing import Any

from grpc import aio

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.prompt.v1 import prompt_service_pb2 as pb
from neuroforge.prompt.v1 import prompt_service_pb2_grpc as pb_grpc
from nf_core.enums import domain_name, task_type_name
from nf_core.errors import InvalidArgumentError
from nf_core.tracing import annotate
from services.prompt_engine.budget import Passage
from services.prompt_engine.engine import PromptEngine
from services.prompt_engine.guard.screening import Screening, screen
from services.prompt_engine.guard.verdict import PromptGuard

logger = logging.getLogger(__name__)


def _passage(chunk: common_pb.ContextChunk) -> Passage:
    return Passage(chunk.chunk_id, chunk.document_title, chunk.text)


class PromptServicer(pb_grpc.PromptServiceServicer):
    """Serves ``neuroforge.prompt.v1.PromptService``."""

    def __init__(self, engine: PromptEngine, guard: PromptGuard | None = None) -> None:
        self._engine = engine
        self._guard = guard

    async def BuildPrompt(
        self, request: pb.BuildPromptRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.BuildPromptResponse:
        if not request.HasField("context") or not request.context.primary.text:
            raise InvalidArgumentError("context", "a context window with a primary passage")
        if request.context_budget_tokens < 0:
            raise InvalidArgumentError("context_budget_tokens", "must not be negative")
        window = request.context
        domain, task_type = domain_name(request.domain), task_type_name(request.task_type)
        primary = _passage(window.primary)
        supporting = [_passage(chunk) for chunk in window.supporting_chunks]
        flags: list[str] = []
        neutralized: list[str] = []
        if self._guard is not None:
            screening = screen(
                self._guard, request.user_query, request.additional_context, primary, supporting
            )
            _log_screening(screening)
            primary, supporting = screening.primary, screening.supporting
            flags, neutralized = list(screening.flags), list(screening.neutralized)
        rendered = self._engine.render(
            domain,
            task_type,
            request.user_query,
            request.additional_context,
            primary,
            supporting,
            request.context_budget_tokens,
        )
        by_id = {window.primary.chunk_id: window.primary}
        by_id.update({chunk.chunk_id: chunk for chunk in window.supporting_chunks})
        annotate(
            domain=domain,
            task_type=task_type,
            template_id=rendered.template_id,
            prompt_tokens=rendered.prompt_tokens,
            dropped_chunks=rendered.context.dropped,
            guard_flags=flags,
        )
        included = []
        for passage, tokens in rendered.context.passages:
            chunk = common_pb.ContextChunk()
            chunk.CopyFrom(by_id[passage.chunk_id])
            chunk.text = passage.text
            chunk.token_count = tokens
            included.append(chunk)
        return pb.BuildPromptResponse(
            prompt=common_pb.PromptData(
                system_prompt=rendered.system_prompt,
                user_prompt=rendered.user_prompt,
                prompt_tokens=rendered.prompt_tokens,
                template_id=rendered.template_id,
                user_query=request.user_query,
                included_chunks=included,
                dropped_chunk_count=rendered.context.dropped,
                context_budget_tokens=rendered.budget,
                guard_flags=flags,
                neutralized_chunk_ids=neutralized,
            )
        )


def _log_screening(screening: Screening) -> None:
    # PromptData carries the flags and chunk ids on to the stored provenance; the log line
    # also says why each chunk was neutralised.
    if screening.flags or screening.neutralized:
        logger.warning(
            "prompt guard: flags=%s neutralized=%s",
            ",".join(screening.flags) or "-",
            ",".join(f"{cid}({'+'.join(r)})" for cid, r in screening.neutralized.items()) or "-",
        )
