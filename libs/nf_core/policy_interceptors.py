"""Policy interceptors: bearer-token identity and the internal credential between services."""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Mapping
from typing import Any

from grpc import aio

from nf_core.auth import AuthenticationError, TokenVerifier, identity_var
from nf_core.channels import INTERNAL_TOKEN_HEADER
from nf_core.errors import PermissionDeniedError, ResourceExhaustedError, UnauthenticatedError
from nf_core.interceptors import (
    BehaviorInterceptor,
    StreamBehavior,
    UnaryBehavior,
    metadata_value,
    stream_items,
)
from nf_core.metrics import RATE_LIMIT_REJECTIONS
from nf_core.rate_limit import RateLimiter
from nf_core.request_context import add_response_metadata

HEALTH_SERVICE = "grpc.health.v1.Health"
REFLECTION_SERVICES = frozenset(
    {
        "grpc.reflection.v1alpha.ServerReflection",
        "grpc.reflection.v1.ServerReflection",
    }
)


def _service_of(method: str) -> str:
    return method.lstrip("/").partition("/")[0]


class _CheckingInterceptor(BehaviorInterceptor):
    """Runs ``check`` before the handler of every call."""

    async def check(self, method: str, context: aio.ServicerContext[Any, Any]) -> None:
        raise NotImplementedError

    def wrap_unary(self, behavior: UnaryBehavior, method: str) -> UnaryBehavior:
        async def run(request: Any, context: aio.ServicerContext[Any, Any]) -> Any:
            await self.check(method, context)
            return await behavior(request, context)

        return run

    def wrap_stream(self, behavior: StreamBehavior, method: str) -> StreamBehavior:
        async def run(request: Any, context: aio.ServicerContext[Any, Any]) -> AsyncIterator[Any]:
            await self.check(method, context)
            async for item in stream_items(behavior(request, context)):
                yield item

        return run


class BearerAuthInterceptor(_CheckingInterceptor):
    """Requires a valid bearer token except on public services; enforces per-service roles.

    Args:
        verifier: Checks tokens.
        public_services: Services callable without a token (health probes, reflection).
        required_roles: Role a service needs, e.g. the admin API needs "admin".
    """

    def __init__(
        self,
        verifier: TokenVerifier,
        public_services: frozenset[str],
        required_roles: Mapping[str, str],
    ) -> None:
        self._verifier = verifier
        self._public = public_services
        self._roles = dict(required_roles)

    async def check(self, method: str, context: aio.ServicerContext[Any, Any]) -> None:
        service = _service_of(method)
        identity_var.set(None)
        if service in self._public:
            return
        header = metadata_value(context, "authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise UnauthenticatedError("missing bearer token: send 'authorization: Bearer <jwt>'")
        try:
            identity = await self._verifier.verify(token.strip())
        except AuthenticationError as error:
            raise UnauthenticatedError(str(error)) from None
        identity_var.set(identity)
        role = self._roles.get(service)
        if role is not None and not identity.has_role(role):
            raise PermissionDeniedError(f"this method needs the {role!r} role")


class InternalCredentialInterceptor(_CheckingInterceptor):
    """Stage services accept calls only from holders of the internal credential.

    Health and reflection stay open for probes and operators; everything else needs the
    ``x-nf-internal-token`` header, compared in constant time.
    """

    def __init__(self, token: str) -> None:
        if not token:
            raise ValueError("the internal token must not be empty")
        self._token = token.encode()

    async def check(self, method: str, context: aio.ServicerContext[Any, Any]) -> None:
        service = _service_of(method)
        if service == HEALTH_SERVICE or service in REFLECTION_SERVICES:
            return
        presented = (metadata_value(context, INTERNAL_TOKEN_HEADER) or "").encode()
        if not hmac.compare_digest(presented, self._token):
            raise UnauthenticatedError(
                "stage services accept calls only from the orchestrator "
                "(internal credential missing or wrong)"
            )


class RateLimitInterceptor(_CheckingInterceptor):
    """Charges every authenticated call to its user's and tenant's budgets.

    Every such response carries ``x-ratelimit-limit``, ``x-ratelimit-remaining`` and
    ``x-ratelimit-reset`` (seconds); a refused call is RESOURCE_EXHAUSTED (HTTP 429) with
    ``retry-after``. Runs after ``BearerAuthInterceptor``; public calls are not charged.
    """

    def __init__(self, limiter: RateLimiter) -> None:
        self._limiter = limiter

    async def check(self, method: str, context: aio.ServicerContext[Any, Any]) -> None:
        identity = identity_var.get()
        if identity is None:
            return
        verdict = await self._limiter.charge(identity.tenant, identity.subject)
        add_response_metadata("x-ratelimit-limit", str(verdict.limit))
        add_response_metadata("x-ratelimit-remaining", str(verdict.remaining))
        add_response_metadata("x-ratelimit-reset", str(verdict.reset_seconds))
        if not verdict.allowed:
            RATE_LIMIT_REJECTIONS.labels(verdict.scope).inc()
            add_response_metadata("retry-after", str(verdict.reset_seconds))
            raise ResourceExhaustedError(
                f"rate limit exceeded: {verdict.limit} requests per minute per {verdict.scope}; "
                f"retry after {verdict.reset_seconds} s"
            )
