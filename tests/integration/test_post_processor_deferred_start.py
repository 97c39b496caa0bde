"""The Post-Processor starts while PostgreSQL is unreachable, spools, and catches up later.

PostgreSQL is "down" because nothing listens on the port in the service's URL; it "comes back"
when a loopback TCP forwarder to the real server starts on that port.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from urllib.parse import urlsplit

import asyncpg
import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from grpc import aio

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.postprocess.v1 import post_processor_service_pb2 as pb
from neuroforge.postprocess.v1 import post_processor_service_pb2_grpc as pb_grpc
from nf_devtools.fakes.harness import unused_port

pytestmark = pytest.mark.integration
# The ``post_processor_at`` fixture (tests/integration/conftest.py).
PostProcessorStarter = Callable[
    ..., AbstractAsyncContextManager["pb_grpc.PostProcessorServiceAsyncStub"]
]


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


@contextlib.asynccontextmanager
async def forwarder(port: int, target_host: str, target_port: int) -> AsyncIterator[None]:
    """Forward 127.0.0.1:``port`` to the target until the block ends."""
    tasks: set[asyncio.Task[None]] = set()

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(target_host, target_port)
        for task in (_pipe(reader, upstream_writer), _pipe(upstream_reader, writer)):
            tasks.add(asyncio.create_task(task))

    server = await asyncio.start_server(accept, "127.0.0.1", port)
    try:
        yield
    finally:
        server.close()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()


def _record() -> common_pb.InferenceRecord:
    created = Timestamp()
    created.GetCurrentTime()
    return common_pb.InferenceRecord(
        inference_id=str(uuid.uuid4()),
        tenant_id="acme",
        user_id="alice",
        domain=common_pb.DOMAIN_MARKET,
        task_type=common_pb.TASK_TYPE_ANALYSIS,
        user_query="What are Porter's five forces?",
        output="Five forces shape competition.",
        model_id="local/extractive",
        created_at=created,
    )


async def _stored(dsn: str, inference_id: str) -> bool:
    connection = await asyncpg.connect(dsn)
    try:
        with contextlib.suppress(asyncpg.UndefinedTableError):
            found = await connection.fetchval(
                "SELECT count(*) FROM inferences WHERE inference_id = $1", inference_id
            )
            return bool(found)
        return False
    finally:
        await connection.close()


async def test_starts_without_its_database_then_stores_what_it_spooled(
    postgres_dsn: str,
    post_processor_at: PostProcessorStarter,
) -> None:
    real = urlsplit(postgres_dsn)
    port = unused_port()  # nothing listens here yet: the database is "down"
    down_url = postgres_dsn.replace(real.netloc, f"{real.username}@127.0.0.1:{port}")
    record = _record()
    async with post_processor_at(down_url, post_spool_retry_seconds=0.1) as stub:
        accepted = await stub.RecordInference(pb.RecordInferenceRequest(record=record), timeout=5)
        assert accepted.spooled
        with pytest.raises(aio.AioRpcError) as raised:
            await stub.GetInference(
                pb.GetInferenceRequest(tenant_id="acme", inference_id=record.inference_id),
                timeout=5,
            )
        assert raised.value.code() == grpc.StatusCode.UNAVAILABLE
        assert "not connected since start-up" in (raised.value.details() or "")
        assert not await _stored(postgres_dsn, record.inference_id)

        async with forwarder(port, real.hostname or "127.0.0.1", real.port or 5432):
            for _ in range(100):  # bounded: 10 s
                if await _stored(postgres_dsn, record.inference_id):
                    break
                await asyncio.sleep(0.1)
            fetched = await stub.GetInference(
                pb.GetInferenceRequest(tenant_id="acme", inference_id=record.inference_id),
                timeout=5,
            )
    assert fetched.inference.output == record.output
