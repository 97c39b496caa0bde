"""Development signing keys and tokens (``.dev/jwt``; never committed).

``python -m nf_devtools.devkeys`` creates the keys when missing (run by ``make setup``);
``python -m nf_devtools.devkeys token --sub alice --tenant acme --roles user`` prints a token.
"""

from __future__ import annotations

import argparse
import json
import secrets
import time
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

from nf_devtools.paths import DEV_DIR

JWT_DIR = DEV_DIR / "jwt"
PRIVATE_KEY = JWT_DIR / "private.pem"
EC_PRIVATE_KEY = JWT_DIR / "private-es256.pem"
JWKS = JWT_DIR / "jwks.json"
INTERNAL_TOKEN = DEV_DIR / "internal-token"
DEV_ISSUER = "https://auth.neuroforge.local/dev"
DEV_AUDIENCE = "neuroforge"
RSA_KID = "dev-rs256"
EC_KID = "dev-es256"


def _write_private(path: Path, pem: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pem)
    path.chmod(0o600)


def ensure_dev_keys(directory: Path = JWT_DIR) -> None:
    """Create an RS256 and an ES256 key pair and their JWKS unless they exist."""
    rsa_path, ec_path, jwks_path = (
        directory / PRIVATE_KEY.name,
        directory / EC_PRIVATE_KEY.name,
        directory / JWKS.name,
    )
    if rsa_path.exists() and ec_path.exists() and jwks_path.exists():
        return
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ec_key = ec.generate_private_key(ec.SECP256R1())
    pkcs8 = serialization.PrivateFormat.PKCS8
    for path, key in ((rsa_path, rsa_key), (ec_path, ec_key)):
        _write_private(
            path, key.private_bytes(serialization.Encoding.PEM, pkcs8, serialization.NoEncryption())
        )
    rsa_jwk: dict[str, Any] = json.loads(RSAAlgorithm.to_jwk(rsa_key.public_key()))
    ec_jwk: dict[str, Any] = json.loads(ECAlgorithm.to_jwk(ec_key.public_key()))
    rsa_jwk.update(kid=RSA_KID, alg="RS256", use="sig")
    ec_jwk.update(kid=EC_KID, alg="ES256", use="sig")
    jwks_path.write_text(json.dumps({"keys": [rsa_jwk, ec_jwk]}, indent=2))


def ensure_internal_token(path: Path = INTERNAL_TOKEN) -> None:
    """Create the shared secret stage services require from their callers."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(32))
        path.chmod(0o600)


def mint(
    subject: str,
    tenant: str,
    roles: list[str],
    *,
    ttl_seconds: int = 3600,
    directory: Path = JWT_DIR,
    algorithm: str = "RS256",
    issuer: str = DEV_ISSUER,
    audience: str = DEV_AUDIENCE,
    extra: dict[str, Any] | None = None,
    not_before: int | None = None,
) -> str:
    """A token signed with a development key."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": issuer,
        "aud": audience,
        "sub": subject,
        "tenant": tenant,
        "roles": roles,
        "iat": now,
        "exp": now + ttl_seconds,
    }
    if not_before is not None:
        claims["nbf"] = not_before
    claims.update(extra or {})
    key_file, kid = (
        (directory / PRIVATE_KEY.name, RSA_KID)
        if algorithm == "RS256"
        else (directory / EC_PRIVATE_KEY.name, EC_KID)
    )
    return jwt.encode(claims, key_file.read_bytes(), algorithm=algorithm, headers={"kid": kid})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command")
    token = sub.add_parser("token", help="print a development token")
    token.add_argument("--sub", default="alice")
    token.add_argument("--tenant", default="acme")
    token.add_argument("--roles", default="user", help="comma-separated")
    token.add_argument("--ttl", type=int, default=24 * 3600, help="lifetime in seconds")
    args = parser.parse_args()
    ensure_dev_keys()
    ensure_internal_token()
    if args.command == "token":
        roles = [r for r in args.roles.split(",") if r]
        print(mint(args.sub, args.tenant, roles, ttl_seconds=args.ttl))


if __name__ == "__main__":
    main()
