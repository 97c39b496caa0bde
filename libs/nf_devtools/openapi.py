"""Generate the OpenAPI 3.0 description of the REST surface from the protos.

The paths come from the ``google.api.http`` annotations that Envoy transcodes, the schemas from
the message descriptors (proto field names, as the gateway prints them), and the field limits
from the orchestrator's own validation constants. ``--check`` fails when the committed file is
stale.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from google.api import annotations_pb2, http_pb2
from google.protobuf.descriptor import (
    Descriptor,
    EnumDescriptor,
    FieldDescriptor,
    MethodDescriptor,
    ServiceDescriptor,
)

import nf_core
from neuroforge.admin.v1 import admin_service_pb2
from neuroforge.health.v1 import mesh_health_service_pb2
from neuroforge.inference.v1 import inference_service_pb2
from neuroforge.webhook.v1 import webhook_service_pb2
from nf_devtools.paths import REPO_ROOT
from services.orchestrator.validation import MAX_ADDITIONAL_CONTEXT_CHARS, MAX_QUERY_CHARS
from services.post_processor.pagination import MAX_PAGE_SIZE

OPENAPI_PATH = REPO_ROOT / "gateway" / "openapi.json"
SERVICES: list[ServiceDescriptor] = [
    inference_service_pb2.DESCRIPTOR.services_by_name["InferenceService"],
    admin_service_pb2.DESCRIPTOR.services_by_name["AdminService"],
    mesh_health_service_pb2.DESCRIPTOR.services_by_name["MeshHealthService"],
    webhook_service_pb2.DESCRIPTOR.services_by_name["WebhookService"],
]
PUBLIC_SERVICES = {"neuroforge.health.v1.MeshHealthService", "neuroforge.webhook.v1.WebhookService"}
# Raw (google.api.HttpBody) request bodies: the JSON the sender signs, and the signing headers.
RAW_BODY_SCHEMAS: dict[str, dict[str, Any]] = {
    "neuroforge.webhook.v1.ContextUpdatedRequest": {
        "type": "object",
        "description": "DataForge's context-updated event, signed as sent (docs/dataforge.md).",
        "properties": {
            "pack_id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$"},
            "pack_version": {"type": "string", "maxLength": 128},
            "event_id": {"type": "string"},
        },
        "required": ["pack_id"],
    },
}
RAW_BODY_HEADERS = [
    {
        "name": "x-dataforge-signature",
        "description": "sha256=<hex HMAC-SHA256 of '<timestamp>.<raw body>'>",
    },
    {"name": "x-dataforge-timestamp", "description": "Unix seconds; within 5 minutes of now."},
]
# Limits the orchestrator enforces, stated in the schema so clients can validate early.
FIELD_LIMITS: dict[str, dict[str, Any]] = {
    "neuroforge.inference.v1.InferRequest.user_query": {
        "minLength": 1,
        "maxLength": MAX_QUERY_CHARS,
    },
    "neuroforge.inference.v1.InferRequest.additional_context": {
        "maxLength": MAX_ADDITIONAL_CONTEXT_CHARS,
    },
    "neuroforge.inference.v1.InferRequest.context_pack_id": {
        "pattern": "^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$",
    },
    "neuroforge.inference.v1.InferRequest.temperature": {"minimum": 0, "maximum": 2},
    "neuroforge.inference.v1.InferRequest.max_tokens": {"minimum": 1, "maximum": 4096},
    "neuroforge.inference.v1.ListInferencesRequest.page_size": {
        "minimum": 0,
        "maximum": MAX_PAGE_SIZE,
    },
}
REQUIRED_FIELDS: dict[str, list[str]] = {
    "neuroforge.inference.v1.InferRequest": [
        "domain",
        "task_type",
        "context_pack_id",
        "user_query",
    ],
    "neuroforge.admin.v1.PromoteChampionRequest": ["domain", "task_type", "model_id"],
    "neuroforge.admin.v1.DemoteChampionRequest": ["domain", "task_type"],
}
FIELD_LIMITS["neuroforge.inference.v1.GetInferenceRequest.inference_id"] = {"format": "uuid"}
# StreamInfer takes the same body as Infer, with the same limits.
for _name, _limits in list(FIELD_LIMITS.items()):
    if _name.startswith("neuroforge.inference.v1.InferRequest."):
        FIELD_LIMITS[_name.replace(".InferRequest.", ".StreamInferRequest.")] = _limits
REQUIRED_FIELDS["neuroforge.inference.v1.StreamInferRequest"] = REQUIRED_FIELDS[
    "neuroforge.inference.v1.InferRequest"
]
_INT32 = {
    FieldDescriptor.TYPE_INT32,
    FieldDescriptor.TYPE_SINT32,
    FieldDescriptor.TYPE_SFIXED32,
    FieldDescriptor.TYPE_UINT32,
    FieldDescriptor.TYPE_FIXED32,
}
_INT64 = {
    FieldDescriptor.TYPE_INT64,
    FieldDescriptor.TYPE_SINT64,
    FieldDescriptor.TYPE_SFIXED64,
    FieldDescriptor.TYPE_UINT64,
    FieldDescriptor.TYPE_FIXED64,
}
_ERROR_STATUSES = {
    "400": "Invalid request: the message names the field (INVALID_ARGUMENT).",
    "401": "Missing or invalid bearer token.",
    "403": "The token lacks the role this route needs.",
    "404": "No such resource, or not visible to the caller; or an unknown path.",
    "413": "Request body too large.",
    "429": "Rate limit exceeded; see retry-after.",
    "500": "Internal error; quote the x-request-id.",
    "503": "A stage is unavailable, or the mesh is not ready.",
    "504": "The request deadline ran out.",
}


def _schema_name(full_name: str) -> str:
    return full_name.removeprefix("neuroforge.").replace(".", "_")


class _Builder:
    def __init__(self) -> None:
        self.schemas: dict[str, Any] = {}

    def enum(self, descriptor: EnumDescriptor) -> dict[str, Any]:
        name = _schema_name(descriptor.full_name)
        if name not in self.schemas:
            self.schemas[name] = {
                "type": "string",
                "enum": [value.name for value in descriptor.values],
            }
        return {"$ref": f"#/components/schemas/{name}"}

    def scalar(self, field: FieldDescriptor) -> dict[str, Any]:
        if field.message_type is not None:
            return self.message(field.message_type)
        if field.enum_type is not None:
            return self.enum(field.enum_type)
        if field.type in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
            schema: dict[str, Any] = {"type": "number"}
        elif field.type in _INT32:
            schema = {"type": "integer", "format": "int32"}
        elif field.type in _INT64:
            schema = {"type": "string", "format": "int64"}
        elif field.type == FieldDescriptor.TYPE_BOOL:
            schema = {"type": "boolean"}
        elif field.type == FieldDescriptor.TYPE_BYTES:
            schema = {"type": "string", "format": "byte"}
        else:
            schema = {"type": "string"}
        schema.update(FIELD_LIMITS.get(field.full_name, {}))
        return schema

    def required_enum(self, field: FieldDescriptor) -> dict[str, Any]:
        """A required enum: every value but the UNSPECIFIED zero, which the API rejects."""
        enum = field.enum_type
        if enum is None:
            raise TypeError(f"{field.full_name} is not an enum")
        return {"type": "string", "enum": [v.name for v in enum.values if v.number != 0]}

    def field(self, field: FieldDescriptor) -> dict[str, Any]:
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            value = field.message_type.fields_by_name["value"]
            return {"type": "object", "additionalProperties": self.scalar(value)}
        if field.is_repeated:
            return {"type": "array", "items": self.scalar(field)}
        return self.scalar(field)

    def message(self, descriptor: Descriptor) -> dict[str, Any]:
        if descriptor.full_name == "google.protobuf.Timestamp":
            return {"type": "string", "format": "date-time"}
        name = _schema_name(descriptor.full_name)
        if name not in self.schemas:
            self.schemas[name] = {}  # placeholder: recursive references terminate
            required = REQUIRED_FIELDS.get(descriptor.full_name, [])
            schema: dict[str, Any] = {
                "type": "object",
                "properties": {
                    f.name: self.required_enum(f)
                    if f.name in required and f.type == FieldDescriptor.TYPE_ENUM
                    else self.field(f)
                    for f in descriptor.fields
                },
            }
            if required:
                schema["required"] = required
            self.schemas[name] = schema
        return {"$ref": f"#/components/schemas/{name}"}


def _error_schemas() -> dict[str, Any]:
    return {
        "RpcStatus": {
            "type": "object",
            "description": "A gRPC status converted by the gateway.",
            "properties": {
                "code": {"type": "integer"},
                "message": {"type": "string"},
                "details": {"type": "array", "items": {"type": "object"}},
            },
            "required": ["code", "message"],
        },
        "GatewayError": {
            "type": "object",
            "description": "A reply generated by the gateway itself.",
            "properties": {
                "http_status": {"type": "integer"},
                "message": {"type": "string"},
                "request_id": {"type": "string"},
            },
            "required": ["http_status", "message"],
        },
    }


def _success(builder: _Builder, method: MethodDescriptor) -> dict[str, Any]:
    """The 200 response: one JSON message, or for a server stream one per server-sent event."""
    schema = builder.message(method.output_type)
    if method.server_streaming:
        return {
            "description": "Success: server-sent events, each `data: <one message as JSON>`.",
            "content": {"text/event-stream": {"schema": schema}},
        }
    return {"description": "Success.", "content": {"application/json": {"schema": schema}}}


def build() -> dict[str, Any]:
    """The OpenAPI document as a dict."""
    builder = _Builder()
    paths: dict[str, Any] = {}
    error_body = {
        "application/json": {
            "schema": {
                "anyOf": [
                    {"$ref": "#/components/schemas/RpcStatus"},
                    {"$ref": "#/components/schemas/GatewayError"},
                ]
            }
        }
    }
    for service in SERVICES:
        for method in service.methods:
            rule: http_pb2.HttpRule = method.GetOptions().Extensions[
                annotations_pb2.http  # type: ignore[index]  # the stub types the key loosely
            ]
            verb = rule.WhichOneof("pattern")
            if verb is None:
                continue
            template = getattr(rule, verb)
            path_fields = re.findall(r"\{([a-z_]+)\}", template)
            operation: dict[str, Any] = {
                "operationId": f"{service.name}_{method.name}",
                "tags": [service.name],
                "summary": method.name,
                "responses": {
                    "200": _success(builder, method),
                    **{
                        code: {"description": text, "content": error_body}
                        for code, text in _ERROR_STATUSES.items()
                    },
                },
            }
            parameters = [
                {
                    "name": name,
                    "in": "path",
                    "required": True,
                    "schema": builder.field(method.input_type.fields_by_name[name]),
                }
                for name in path_fields
            ]
            if method.input_type.full_name in RAW_BODY_SCHEMAS:
                raw = RAW_BODY_SCHEMAS[method.input_type.full_name]
                operation["requestBody"] = {
                    "required": True,
                    "content": {"application/json": {"schema": raw}},
                }
                parameters += [
                    {**header, "in": "header", "required": True, "schema": {"type": "string"}}
                    for header in RAW_BODY_HEADERS
                ]
            elif rule.body == "*":
                operation["requestBody"] = {
                    "required": True,
                    "content": {"application/json": {"schema": builder.message(method.input_type)}},
                }
            else:
                parameters += [
                    {"name": f.name, "in": "query", "required": False, "schema": builder.field(f)}
                    for f in method.input_type.fields
                    if f.name not in path_fields and f.type != FieldDescriptor.TYPE_MESSAGE
                ]
            if parameters:
                operation["parameters"] = parameters
            if service.full_name in PUBLIC_SERVICES:
                operation["security"] = []
            paths.setdefault(template, {})[verb] = operation
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "NeuroForge",
            "version": nf_core.__version__,
            "description": "Generated from protos/ by nf_devtools.openapi; do not edit.",
        },
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": dict(sorted({**builder.schemas, **_error_schemas()}.items())),
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
            },
        },
        "security": [{"bearerAuth": []}],
    }


def render() -> str:
    """The OpenAPI document as committed (stable key order, trailing newline)."""
    return json.dumps(build(), indent=2) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the committed file is stale")
    args = parser.parse_args()
    if args.check:
        if not OPENAPI_PATH.exists() or OPENAPI_PATH.read_text() != render():
            sys.exit(f"{OPENAPI_PATH} is stale; run `make proto`")
        print(f"{OPENAPI_PATH} is up to date")
        return
    OPENAPI_PATH.write_text(render())
    print(f"wrote {OPENAPI_PATH}")


if __name__ == "__main__":
    main()
