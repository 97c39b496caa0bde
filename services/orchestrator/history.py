"""Translation of the public history filters into the post-processor's typed filters."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp

from neuroforge.inference.v1 import inference_service_pb2 as pb
from nf_core.errors import InvalidArgumentError


def _timestamp(field: str, value: str) -> Timestamp:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidArgumentError(
            field, "use an RFC 3339 time, e.g. 2026-11-01T00:00:00Z"
        ) from None
    if moment.tzinfo is None:
        raise InvalidArgumentError(field, "include a time zone, e.g. 2026-11-01T00:00:00Z")
    stamp = Timestamp()
    stamp.FromDatetime(moment)
    return stamp


def time_filters(request: pb.ListInferencesRequest) -> dict[str, Any]:
    """Keyword arguments for ``postprocess.v1.ListInferencesRequest``'s optional filters.

    Raises:
        InvalidArgumentError: a malformed time, or an empty range.
    """
    filters: dict[str, Any] = {}
    if request.created_after:
        filters["created_after"] = _timestamp("created_after", request.created_after)
    if request.created_before:
        filters["created_before"] = _timestamp("created_before", request.created_before)
    if (
        "created_after" in filters
        and "created_before" in filters
        and (filters["created_after"].ToNanoseconds() >= filters["created_before"].ToNanoseconds())
    ):
        raise InvalidArgumentError("created_after", "must be earlier than created_before")
    if request.HasField("passed_evaluation"):
        filters["passed_evaluation"] = request.passed_evaluation
    return filters
