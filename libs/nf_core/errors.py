"""Domain errors that map one-to-one to gRPC status codes.

Domain code raises these; the exception interceptor turns them into statuses, so servicers never
call ``context.abort`` themselves and domain modules stay testable without gRPC.
"""

from __future__ import annotations

import grpc


class ServiceError(Exception):
    """Base class: an error whose message is safe to show to the caller."""

    code: grpc.StatusCode = grpc.StatusCode.INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidArgumentError(ServiceError):
    """The request is malformed; the message names the field and what to fix."""

    code = grpc.StatusCode.INVALID_ARGUMENT

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


class NotFoundError(ServiceError):
    """The named resource does not exist (or is not visible to the caller)."""

    code = grpc.StatusCode.NOT_FOUND


class FailedPreconditionError(ServiceError):
    """The request is valid but the system is not in a state to serve it."""

    code = grpc.StatusCode.FAILED_PRECONDITION


class AlreadyExistsError(ServiceError):
    """The request conflicts with something stored (e.g. a reused idempotency key)."""

    code = grpc.StatusCode.ALREADY_EXISTS


class UnavailableError(ServiceError):
    """A dependency is down; the caller may retry later."""

    code = grpc.StatusCode.UNAVAILABLE


class DeadlineExceededError(ServiceError):
    """The request's time budget ran out."""

    code = grpc.StatusCode.DEADLINE_EXCEEDED


class UnauthenticatedError(ServiceError):
    """No valid credential; the message says which check failed."""

    code = grpc.StatusCode.UNAUTHENTICATED


class PermissionDeniedError(ServiceError):
    """The caller is known but lacks the role the method needs."""

    code = grpc.StatusCode.PERMISSION_DENIED


class ResourceExhaustedError(ServiceError):
    """A quota or capacity limit was hit."""

    code = grpc.StatusCode.RESOURCE_EXHAUSTED
