"""Bearer-token verification: asymmetric JWTs against a JWKS, mapped to an ``Identity``.

Only RS256 and ES256 are accepted, so ``alg: none`` and HMAC tokens (including the classic
"HS256 signed with the public key" confusion) are rejected before any key is used.
"""

from __future__ import annotations

import asyncio
import json
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
from jwt import PyJWKClient, PyJWKSet

ALLOWED_ALGORITHMS = ("RS256", "ES256")


class AuthenticationError(Exception):
    """The token is missing or invalid; the message says which check failed."""


@dataclass(frozen=True)
class Identity:
    """Who is calling, from a verified token."""

    subject: str
    tenant: str
    roles: frozenset[str] = field(default_factory=frozenset)

    def has_role(self, role: str) -> bool:
        """True when the token grants ``role``."""
        return role in self.roles


identity_var: ContextVar[Identity | None] = ContextVar("identity", default=None)


@dataclass(frozen=True)
class TokenPolicy:
    """What a token must satisfy and where its claims live."""

    issuer: str
    audience: str
    leeway_seconds: int
    tenant_claim: str
    roles_claim: str


class KeySource:
    """Signing keys by ``kid``: a local JWKS file, or a remote JWKS URL with caching."""

    def __init__(
        self, jwks_path: Path | None = None, jwks_url: str = "", cache_seconds: int = 300
    ) -> None:
        if not jwks_url and jwks_path is None:
            raise ValueError("configure a JWKS file or URL")
        self._client = (
            PyJWKClient(jwks_url, cache_jwk_set=True, lifespan=cache_seconds, timeout=5)
            if jwks_url
            else None
        )
        self._local = (
            PyJWKSet.from_dict(json.loads(jwks_path.read_text()))
            if (jwks_path is not None and not jwks_url)
            else None
        )

    async def key_for(self, kid: str) -> Any:
        """The verification key with this ``kid``."""
        try:
            if self._client is not None:
                signing_key = await asyncio.to_thread(self._client.get_signing_key, kid)
                return signing_key.key
            assert self._local is not None
            return self._local[kid].key
        except (KeyError, jwt.PyJWKClientError) as error:
            raise AuthenticationError("token signed by an unknown key (kid)") from error


class TokenVerifier:
    """Verifies bearer tokens and extracts the identity."""

    def __init__(self, keys: KeySource, policy: TokenPolicy) -> None:
        self._keys = keys
        self._policy = policy

    async def verify(self, token: str) -> Identity:
        """Return the identity of a valid token.

        Raises:
            AuthenticationError: on any failed check.
        """
        try:
            header = jwt.get_unverified_header(token)
        except jwt.DecodeError as error:
            raise AuthenticationError("malformed token") from error
        algorithm = header.get("alg")
        if algorithm not in ALLOWED_ALGORITHMS:
            raise AuthenticationError(f"token algorithm {algorithm!r} is not allowed")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise AuthenticationError("token has no key id (kid)")
        key = await self._keys.key_for(kid)
        policy = self._policy
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=list(ALLOWED_ALGORITHMS),
                audience=policy.audience,
                issuer=policy.issuer,
                leeway=policy.leeway_seconds,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            )
        except jwt.ExpiredSignatureError as error:
            raise AuthenticationError("token expired") from error
        except jwt.ImmatureSignatureError as error:
            raise AuthenticationError("token not yet valid") from error
        except jwt.InvalidAudienceError as error:
            raise AuthenticationError("token audience not accepted") from error
        except jwt.InvalidIssuerError as error:
            raise AuthenticationError("token issuer not accepted") from error
        except jwt.InvalidTokenError as error:
            raise AuthenticationError(f"invalid token: {error}") from error
        tenant = claims.get(policy.tenant_claim)
        if not isinstance(tenant, str) or not tenant:
            raise AuthenticationError(f"token has no {policy.tenant_claim!r} claim")
        roles = claims.get(policy.roles_claim, [])
        if isinstance(roles, str):
            roles = roles.split()
        if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
            raise AuthenticationError(f"claim {policy.roles_claim!r} must be a list of strings")
        return Identity(str(claims["sub"]), tenant, frozenset(roles))
