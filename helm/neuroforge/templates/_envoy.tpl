{{/*
The Envoy config: files/envoy.yaml.tmpl (a byte-identical copy of gateway/envoy.yaml.tmpl) with
its ${UPPER_CASE} placeholders substituted. The block placeholders are rendered here exactly as
libs/nf_devtools/gateway.py renders them (a test compares the two renderings).
*/}}

{{- define "neuroforge.envoy.descriptorDir" -}}/etc/neuroforge/descriptor{{- end -}}

{{- define "neuroforge.envoy.endpoints" -}}
{{- $host := printf "%s-headless.%s.svc.cluster.local" (include "neuroforge.componentFullname" (dict "root" . "name" "orchestrator")) .Release.Namespace -}}
{{- printf "%s- endpoint: { address: { socket_address: { address: %s, port_value: 50051 } } }" (repeat 14 " ") $host -}}
{{- end -}}

{{- define "neuroforge.envoy.jwtKeys" -}}
{{- $i := repeat 26 " " -}}
{{- if .Values.auth.jwksUrl -}}
{{- printf "%sremote_jwks:\n" $i -}}
{{- printf "%s  http_uri: { uri: %q, cluster: jwks, timeout: 5s }\n" $i .Values.auth.jwksUrl -}}
{{- printf "%s  cache_duration: %ds\n" $i (int .Values.auth.jwksCacheSeconds) -}}
{{- printf "%s  async_fetch: { fast_listener: false }" $i -}}
{{- else -}}
{{- printf "%slocal_jwks: { filename: \"%s/jwks.json\" }" $i (include "neuroforge.jwksDir" .) -}}
{{- end -}}
{{- end -}}

{{/* The cluster that fetches a remote JWKS (empty for a local one). */}}
{{- define "neuroforge.envoy.extraClusters" -}}
{{- with .Values.auth.jwksUrl -}}
{{- $url := urlParse . -}}
{{- if or (not (has $url.scheme (list "http" "https"))) (not $url.hostname) -}}
{{- fail (printf "auth.jwksUrl must be http(s)://host/...: %q" .) -}}
{{- end -}}
{{- $port := ternary "443" "80" (eq $url.scheme "https") -}}
{{- if ne $url.host $url.hostname -}}
{{- $port = trimPrefix (printf "%s:" $url.hostname) $url.host -}}
{{- end -}}
{{- printf "    - name: jwks\n" -}}
{{- printf "      type: STRICT_DNS\n" -}}
{{- printf "      connect_timeout: 2s\n" -}}
{{- printf "      load_assignment:\n" -}}
{{- printf "        cluster_name: jwks\n" -}}
{{- printf "        endpoints:\n" -}}
{{- printf "          - lb_endpoints:\n" -}}
{{- printf "              - endpoint: { address: { socket_address: { address: %s, port_value: %s } } }\n" $url.hostname $port -}}
{{- if eq $url.scheme "https" -}}
{{- printf "      transport_socket:\n" -}}
{{- printf "        name: envoy.transport_sockets.tls\n" -}}
{{- printf "        typed_config:\n" -}}
{{- printf "          \"@type\": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext\n" -}}
{{- printf "          sni: %s\n" $url.hostname -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "neuroforge.envoy.cors" -}}
{{- with .Values.gateway.corsOrigins -}}
{{- $i := repeat 22 " " -}}
{{- printf "%styped_per_filter_config:\n" $i -}}
{{- printf "%s  envoy.filters.http.cors:\n" $i -}}
{{- printf "%s    \"@type\": type.googleapis.com/envoy.extensions.filters.http.cors.v3.CorsPolicy\n" $i -}}
{{- printf "%s    allow_origin_string_match:\n" $i -}}
{{- range . -}}
{{- printf "%s      - exact: \"%s\"\n" $i . -}}
{{- end -}}
{{- printf "%s    allow_methods: \"GET, POST, OPTIONS\"\n" $i -}}
{{- printf "%s    allow_headers: \"authorization, content-type, x-request-id, idempotency-key, traceparent, tracestate\"\n" $i -}}
{{- printf "%s    expose_headers: \"x-request-id, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, retry-after, x-trace-id\"\n" $i -}}
{{- printf "%s    max_age: \"600\"" $i -}}
{{- end -}}
{{- end -}}

{{/* Tracing: the HCM block, the collector cluster and the flush runtime; empty without an endpoint. */}}
{{- define "neuroforge.envoy.collector" -}}
{{- $url := urlParse .Values.tracing.otlpEndpoint -}}
{{- $port := trimPrefix (printf "%s:" $url.hostname) $url.host -}}
{{- if or (not (has $url.scheme (list "http" "https"))) (not $url.hostname) (eq $port $url.host) -}}
{{- fail (printf "tracing.otlpEndpoint must be http(s)://host:port: %q" .Values.tracing.otlpEndpoint) -}}
{{- end -}}
{{- toYaml (dict "scheme" $url.scheme "host" $url.hostname "port" $port) -}}
{{- end -}}

{{- define "neuroforge.envoy.tracing" -}}
{{- if .Values.tracing.otlpEndpoint -}}
{{- $i := repeat 16 " " -}}
{{- printf "%stracing:\n" $i -}}
{{- printf "%s  random_sampling: { value: %v }\n" $i (mulf .Values.tracing.sampleRatio 100) -}}
{{- printf "%s  provider:\n" $i -}}
{{- printf "%s    name: envoy.tracers.opentelemetry\n" $i -}}
{{- printf "%s    typed_config:\n" $i -}}
{{- printf "%s      \"@type\": type.googleapis.com/envoy.config.trace.v3.OpenTelemetryConfig\n" $i -}}
{{- printf "%s      grpc_service:\n" $i -}}
{{- printf "%s        envoy_grpc: { cluster_name: otel_collector }\n" $i -}}
{{- printf "%s        timeout: 1s\n" $i -}}
{{- printf "%s      service_name: gateway\n" $i -}}
{{- end -}}
{{- end -}}

{{- define "neuroforge.envoy.collectorCluster" -}}
{{- if .Values.tracing.otlpEndpoint -}}
{{- $c := include "neuroforge.envoy.collector" . | fromYaml -}}
{{- printf "    - name: otel_collector\n" -}}
{{- printf "      type: STRICT_DNS\n" -}}
{{- printf "      connect_timeout: 1s\n" -}}
{{- printf "      typed_extension_protocol_options:\n" -}}
{{- printf "        envoy.extensions.upstreams.http.v3.HttpProtocolOptions:\n" -}}
{{- printf "          \"@type\": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions\n" -}}
{{- printf "          explicit_http_config: { http2_protocol_options: {} }\n" -}}
{{- printf "      load_assignment:\n" -}}
{{- printf "        cluster_name: otel_collector\n" -}}
{{- printf "        endpoints:\n" -}}
{{- printf "          - lb_endpoints:\n" -}}
{{- printf "              - endpoint: { address: { socket_address: { address: %s, port_value: %s } } }\n" $c.host (toString $c.port) -}}
{{- if eq $c.scheme "https" -}}
{{- printf "      transport_socket:\n" -}}
{{- printf "        name: envoy.transport_sockets.tls\n" -}}
{{- printf "        typed_config:\n" -}}
{{- printf "          \"@type\": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext\n" -}}
{{- printf "          sni: %s\n" $c.host -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "neuroforge.envoy.tracingRuntime" -}}
{{- if .Values.tracing.otlpEndpoint -}}
{{- printf "layered_runtime:\n" -}}
{{- printf "  layers:\n" -}}
{{- printf "    - name: tracing\n" -}}
{{- printf "      static_layer:\n" -}}
{{- printf "        tracing.opentelemetry.flush_interval_ms: 1000\n" -}}
{{- printf "        tracing.opentelemetry.min_flush_spans: 1\n" -}}
{{- end -}}
{{- end -}}

{{- define "neuroforge.envoy.config" -}}
{{- $g := .Values.gateway -}}
{{- $subs := dict
  "LISTEN_HOST" "0.0.0.0"
  "LISTEN_PORT" (int $g.port | toString)
  "ADMIN_HOST" "0.0.0.0"
  "ADMIN_PORT" (int $g.adminPort | toString)
  "DESCRIPTOR_SET" (printf "%s/neuroforge.binpb" (include "neuroforge.envoy.descriptorDir" .))
  "ROUTE_TIMEOUT" $g.routeTimeout
  "ORCHESTRATOR_ENDPOINTS" (include "neuroforge.envoy.endpoints" .)
  "ORCHESTRATOR_DISCOVERY" "STRICT_DNS"
  "JWT_ISSUER" .Values.auth.issuer
  "JWT_AUDIENCE" .Values.auth.audience
  "JWT_CLOCK_SKEW_SECONDS" (int .Values.auth.clockSkewSeconds | toString)
  "JWT_KEYS" (include "neuroforge.envoy.jwtKeys" .)
  "EXTRA_CLUSTERS" (print (include "neuroforge.envoy.extraClusters" .) (include "neuroforge.envoy.collectorCluster" .))
  "TRACING" (include "neuroforge.envoy.tracing" .)
  "TRACING_RUNTIME" (include "neuroforge.envoy.tracingRuntime" .)
  "MAX_REQUEST_BYTES" (int $g.maxRequestBytes | toString)
  "CORS_POLICY" (include "neuroforge.envoy.cors" .)
-}}
{{- $config := .Files.Get "files/envoy.yaml.tmpl" -}}
{{- if not $config -}}
{{- fail "files/envoy.yaml.tmpl is missing: run python -m nf_devtools.chart" -}}
{{- end -}}
{{- range $name, $value := $subs -}}
{{- $config = replace (printf "${%s}" $name) $value $config -}}
{{- end -}}
{{- if contains "${" $config -}}
{{- fail (printf "files/envoy.yaml.tmpl has a placeholder the chart does not fill: %s" (regexFind "\\$\\{[A-Z_]+\\}" $config)) -}}
{{- end -}}
{{- $config -}}
{{- end -}}
