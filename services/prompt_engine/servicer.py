"""gRPC adapter of the Prompt Engine."""

from __future__ import annotations

from typing import Any

from grpc import aio

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.prompt.v1 import prompt_service_pb2 as pb
from neuroforge.prompt.v1 import prompt_service_pb2_grpc as pb_grpc
from nf_core.enums import domain_name, task_type_name
from nf_core.errors import InvalidArgumentError
from services.prompt_engine.budget import Passage
from services.prompt_engine.engine import PromptEngine


def _passage(chunk: common_pb.ContextChunk) -> Passage:
    return Passage(chunk.chunk_id, chunk.document_title, chunk.text)


class PromptServicer(pb_grpc.PromptServiceServicer):
    """Serves ``neuroforge.prompt.v1.PromptService``."""

    def __init__(self, engine: PromptEngine) -> None:
        self._engine = engine

    async def BuildPrompt(
        self, request: pb.BuildPromptRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.BuildPromptResponse:
        if not request.HasField("context") or not request.context.primary.text:
            raise InvalidArgumentError("context", "a context window with a primary passage")
        if request.context_budget_tokens < 0:
            raise InvalidArgumentError("context_budget_tokens", "must not be negative")
        window = request.context
        rendered = self._engine.render(
            domain_name(request.domain),
            task_type_name(request.task_type),
            request.user_query,
            request.additional_context,
            _passage(window.primary),
            [_passage(chunk) for chunk in window.supporting_chunks],
            request.context_budget_tokens,
        )
        by_id = {window.primary.chunk_id: window.primary}
        by_id.update({chunk.chunk_id: chunk for chunk in window.supporting_chunks})
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
            )
        )
