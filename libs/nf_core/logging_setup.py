"""One structured logging setup for every service: JSON lines with request, trace and span ids."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from nf_core.request_context import current_request_id
from nf_core.settings import Stage, parse_log_levels
from nf_core.tracing import current_ids


class CorrelationFilter(logging.Filter):
    """Stamps every record with the request id and the active span's trace and span ids."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id()
        record.trace_id, record.span_id = current_ids()
        return True


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON object per line."""

    def __init__(self, service: str) -> None:
        super().__init__()
        self._service = service

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "service": self._service,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "trace_id": getattr(record, "trace_id", "-"),
            "span_id": getattr(record, "span_id", "-"),
            "message": record.getMessage(),
        }
        extra_fields = getattr(record, "fields", None)
        if isinstance(extra_fields, dict):
            payload.update(extra_fields)
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str)


def apply_levels(service: str, level: str, overrides: str = "") -> None:
    """Set the root level, then ``overrides`` (``name=LEVEL``, see ``parse_log_levels``).

    An override named after this service's stage replaces the root level; any other name is a
    logger (``httpx``, ``services.model_router.router``).
    """
    levels = parse_log_levels(overrides)
    logging.getLogger().setLevel(levels.pop(service, level))
    stages = {stage.value for stage in Stage}
    for name, name_level in levels.items():
        if name not in stages:  # another process's override
            logging.getLogger(name).setLevel(name_level)


def configure_logging(service: str, level: str, fmt: str, overrides: str = "") -> None:
    """Install the process-wide handler; call once at start-up."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(CorrelationFilter())
    if fmt == "json":
        handler.setFormatter(JsonFormatter(service))
    else:
        handler.setFormatter(
            logging.Formatter(
                f"%(asctime)s %(levelname)s {service} [%(request_id)s %(trace_id)s] %(message)s"
            )
        )
    logging.getLogger().handlers[:] = [handler]
    apply_levels(service, level, overrides)
