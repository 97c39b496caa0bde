{{/*
The resources every NeuroForge service has, defined once. Each file under templates/<component>/
includes one of these with (dict "root" $ "key" "<values key>").
*/}}

{{- define "neuroforge.ctx" -}}
{{- $c := include "neuroforge.component" . | fromYaml -}}
{{- toYaml (dict "key" .key "name" $c.name "c" $c) -}}
{{- end -}}

{{/* ConfigMap of NF_* settings for one Python service. */}}
{{- define "neuroforge.app.configmap" -}}
{{- $root := .root -}}
{{- $c := include "neuroforge.component" . | fromYaml -}}
{{- $v := index $root.Values .key -}}
{{- $ctx := dict "root" $root "name" $c.name -}}
{{- $all := include "neuroforge.components" $root | fromYaml -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "neuroforge.componentFullname" $ctx }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "neuroforge.labels" $ctx | nindent 4 }}
  {{- with include "neuroforge.annotations" $root }}{{ . | trim | nindent 2 }}{{ end }}
data:
  NF_BIND_HOST: "0.0.0.0"
  NF_LOG_LEVEL: {{ $root.Values.config.logLevel | quote }}
  NF_LOG_FORMAT: {{ $root.Values.config.logFormat | quote }}
  NF_LOG_LEVELS: {{ $root.Values.config.logLevels | quote }}
  NF_TRACING_OTLP_ENDPOINT: {{ $root.Values.tracing.otlpEndpoint | quote }}
  NF_TRACING_SAMPLE_RATIO: {{ $root.Values.tracing.sampleRatio | quote }}
  NF_SHUTDOWN_GRACE_SECONDS: {{ $root.Values.config.shutdownGraceSeconds | quote }}
  NF_METRICS_PORT_OFFSET: {{ ternary $root.Values.metrics.portOffset 0 $root.Values.metrics.enabled | quote }}
  {{- range $key := list "contextBuilder" "promptEngine" "modelRouter" "evaluator" "postProcessor" }}
  {{- $s := index $all $key }}
  {{- /* The headless name resolves to every ready pod; round_robin channels spread calls. */}}
  NF_{{ $s.env }}_ADDRESS: {{ printf "dns:///%s-headless:%v" (include "neuroforge.componentFullname" (dict "root" $root "name" $s.name)) $s.port | quote }}
  {{- end }}
  {{- if eq .key "orchestrator" }}
  NF_AUTH_ISSUER: {{ $root.Values.auth.issuer | quote }}
  NF_AUTH_AUDIENCE: {{ $root.Values.auth.audience | quote }}
  NF_AUTH_JWKS_URL: {{ $root.Values.auth.jwksUrl | quote }}
  NF_AUTH_JWKS_FILE: {{ printf "%s/jwks.json" (include "neuroforge.jwksDir" $root) | quote }}
  NF_AUTH_JWKS_CACHE_SECONDS: {{ $root.Values.auth.jwksCacheSeconds | quote }}
  NF_AUTH_CLOCK_SKEW_SECONDS: {{ $root.Values.auth.clockSkewSeconds | quote }}
  {{- end }}
  {{- if eq .key "modelRouter" }}
  NF_ROUTER_REGISTRY_PATH: "/etc/neuroforge/registry/models.toml"
  {{- end }}
  {{- if eq .key "postProcessor" }}
  NF_DATABASE_POOL_MIN: {{ $root.Values.postgresql.poolMin | quote }}
  NF_DATABASE_POOL_MAX: {{ $root.Values.postgresql.poolMax | quote }}
  {{- if include "neuroforge.postgresqlEnabled" $root }}
  {{- /* The migration Job owns the schema; replicas must not race it at start-up. */}}
  NF_DATABASE_MIGRATE_ON_START: {{ ternary "false" "true" $root.Values.migrations.enabled | quote }}
  {{- else }}
  NF_DATABASE_URL: "sqlite:////data/neuroforge.sqlite3"
  NF_DATABASE_MIGRATE_ON_START: "true"
  {{- end }}
  {{- end }}
  {{- range $name, $value := $root.Values.config.settings }}
  {{ $name }}: {{ $value | toString | quote }}
  {{- end }}
  {{- range $name, $value := $v.settings }}
  {{ $name }}: {{ $value | toString | quote }}
  {{- end }}
{{- end -}}

{{/* Deployment of one Python service. */}}
{{- define "neuroforge.app.deployment" -}}
{{- $root := .root -}}
{{- $c := include "neuroforge.component" . | fromYaml -}}
{{- $v := index $root.Values .key -}}
{{- $ctx := dict "root" $root "name" $c.name "key" .key -}}
{{- $port := int $c.port -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "neuroforge.componentFullname" $ctx }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "neuroforge.labels" $ctx | nindent 4 }}
  {{- with include "neuroforge.annotations" $root }}{{ . | trim | nindent 2 }}{{ end }}
spec:
  {{- if not $v.autoscaling.enabled }}
  replicas: {{ $v.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    {{- toYaml $v.updateStrategy | nindent 4 }}
  selector:
    matchLabels:
      {{- include "neuroforge.selectorLabels" $ctx | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "neuroforge.labels" $ctx | nindent 8 }}
        {{- with $v.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        checksum/config: {{ include "neuroforge.app.configmap" . | sha256sum }}
        checksum/secrets: {{ include (print $root.Template.BasePath "/secrets.yaml") $root | sha256sum }}
        {{- if eq .key "modelRouter" }}
        checksum/registry: {{ include (print $root.Template.BasePath "/model-router/registry-configmap.yaml") $root | sha256sum }}
        {{- end }}
        {{- if and (eq .key "orchestrator") (include "neuroforge.useLocalJwks" $root) }}
        checksum/jwks: {{ $root.Values.auth.localJwks | sha256sum }}
        {{- end }}
        {{- if and $root.Values.metrics.enabled $root.Values.metrics.podAnnotations }}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ add $port $root.Values.metrics.portOffset | quote }}
        prometheus.io/path: /metrics
        {{- end }}
        {{- with $v.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "neuroforge.serviceAccountName" $ctx }}
      automountServiceAccountToken: {{ $v.serviceAccount.automountServiceAccountToken }}
      {{- with include "neuroforge.imagePullSecrets" $root }}{{ . | trim | nindent 6 }}{{ end }}
      securityContext:
        {{- toYaml $root.Values.podSecurityContext | nindent 8 }}
      terminationGracePeriodSeconds: {{ $v.terminationGracePeriodSeconds }}
      affinity:
        {{- include "neuroforge.affinity" $ctx | nindent 8 }}
      {{- with $v.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $v.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $v.topologySpreadConstraints }}
      topologySpreadConstraints:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ $c.name }}
          image: {{ include "neuroforge.image" $ctx }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          securityContext:
            {{- toYaml $root.Values.containerSecurityContext | nindent 12 }}
          ports:
            - name: grpc
              containerPort: {{ $port }}
              protocol: TCP
            {{- if $root.Values.metrics.enabled }}
            - name: metrics
              containerPort: {{ add $port $root.Values.metrics.portOffset }}
              protocol: TCP
            {{- end }}
          envFrom:
            - configMapRef:
                name: {{ include "neuroforge.componentFullname" $ctx }}
          env:
            - name: NF_INTERNAL_TOKEN
              valueFrom:
                secretKeyRef:
                  name: {{ include "neuroforge.internalTokenSecret" $root }}
                  key: {{ $root.Values.internalToken.existingSecretKey }}
            {{- if include "neuroforge.redisEnabled" $root }}
            - name: NF_REDIS_URL
              valueFrom:
                secretKeyRef:
                  name: {{ include "neuroforge.redisSecret" $root }}
                  key: {{ $root.Values.redis.existingSecretKey }}
            {{- end }}
            {{- if and (eq .key "postProcessor") (include "neuroforge.postgresqlEnabled" $root) }}
            - name: NF_DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: {{ include "neuroforge.databaseSecret" $root }}
                  key: {{ $root.Values.postgresql.existingSecretKey }}
            {{- end }}
            {{- if eq .key "modelRouter" }}
            - name: NF_ANTHROPIC_API_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ include "neuroforge.providersSecret" $root }}
                  key: anthropic-api-key
                  optional: true
            - name: NF_OPENAI_API_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ include "neuroforge.providersSecret" $root }}
                  key: openai-api-key
                  optional: true
            {{- end }}
            {{- if eq .key "contextBuilder" }}
            - name: NF_DATAFORGE_WEBHOOK_SECRET
              valueFrom:
                secretKeyRef:
                  name: {{ include "neuroforge.dataforgeSecret" $root }}
                  key: {{ $root.Values.dataforge.existingSecretKey }}
                  optional: true
            {{- end }}
            {{- with $v.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          startupProbe:
            grpc:
              port: {{ $port }}
            periodSeconds: {{ $root.Values.probes.startup.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.startup.failureThreshold }}
          livenessProbe:
            grpc:
              port: {{ $port }}
            periodSeconds: {{ $root.Values.probes.liveness.periodSeconds }}
            timeoutSeconds: {{ $root.Values.probes.liveness.timeoutSeconds }}
            failureThreshold: {{ $root.Values.probes.liveness.failureThreshold }}
          readinessProbe:
            grpc:
              port: {{ $port }}
            periodSeconds: {{ $root.Values.probes.readiness.periodSeconds }}
            timeoutSeconds: {{ $root.Values.probes.readiness.timeoutSeconds }}
            failureThreshold: {{ $root.Values.probes.readiness.failureThreshold }}
          resources:
            {{- toYaml $v.resources | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- if eq .key "modelRouter" }}
            - name: registry
              mountPath: /etc/neuroforge/registry
              readOnly: true
            {{- end }}
            {{- if and (eq .key "orchestrator") (include "neuroforge.useLocalJwks" $root) }}
            - name: jwks
              mountPath: {{ include "neuroforge.jwksDir" $root }}
              readOnly: true
            {{- end }}
            {{- if and (eq .key "postProcessor") (not (include "neuroforge.postgresqlEnabled" $root)) }}
            - name: data
              mountPath: /data
            {{- end }}
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
        {{- if eq .key "modelRouter" }}
        - name: registry
          configMap:
            name: {{ include "neuroforge.fullname" $root }}-model-registry
        {{- end }}
        {{- if and (eq .key "orchestrator") (include "neuroforge.useLocalJwks" $root) }}
        - name: jwks
          configMap:
            name: {{ include "neuroforge.fullname" $root }}-jwks
        {{- end }}
        {{- if and (eq .key "postProcessor") (not (include "neuroforge.postgresqlEnabled" $root)) }}
        - name: data
          emptyDir:
            sizeLimit: 1Gi
        {{- end }}
{{- end -}}

{{/* ClusterIP Service of one Python service. */}}
{{- define "neuroforge.app.service" -}}
{{- $root := .root -}}
{{- $c := include "neuroforge.component" . | fromYaml -}}
{{- $v := index $root.Values .key -}}
{{- $ctx := dict "root" $root "name" $c.name -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "neuroforge.componentFullname" $ctx }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "neuroforge.labels" $ctx | nindent 4 }}
  {{- with (merge (dict) $v.service.annotations $root.Values.commonAnnotations) }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ $v.service.type }}
  selector:
    {{- include "neuroforge.selectorLabels" $ctx | nindent 4 }}
  ports:
    - name: grpc
      port: {{ $c.port }}
      targetPort: grpc
      protocol: TCP
      appProtocol: grpc
    {{- if $root.Values.metrics.enabled }}
    - name: metrics
      port: {{ add $c.port $root.Values.metrics.portOffset }}
      targetPort: metrics
      protocol: TCP
    {{- end }}
{{- if ne .key "orchestrator" }}
{{- /* Stage callers (the orchestrator, the post-processor) resolve this name to every ready pod
and balance calls round_robin; a ClusterIP would pin each HTTP/2 connection to one pod. */}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "neuroforge.componentFullname" $ctx }}-headless
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "neuroforge.labels" $ctx | nindent 4 }}
spec:
  type: ClusterIP
  clusterIP: None
  publishNotReadyAddresses: false
  selector:
    {{- include "neuroforge.selectorLabels" $ctx | nindent 4 }}
  ports:
    - name: grpc
      port: {{ $c.port }}
      targetPort: grpc
      protocol: TCP
      appProtocol: grpc
{{- end }}
{{- end -}}

{{/* ServiceAccount of any component. */}}
{{- define "neuroforge.serviceaccount" -}}
{{- $root := .root -}}
{{- $c := include "neuroforge.component" . | fromYaml -}}
{{- $v := index $root.Values .key -}}
{{- $ctx := dict "root" $root "name" $c.name "key" .key -}}
{{- if $v.serviceAccount.create -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "neuroforge.serviceAccountName" $ctx }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "neuroforge.labels" $ctx | nindent 4 }}
  {{- with (merge (dict) $v.serviceAccount.annotations $root.Values.commonAnnotations) }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: {{ $v.serviceAccount.automountServiceAccountToken }}
{{- end -}}
{{- end -}}

{{/* HorizontalPodAutoscaler of any component. */}}
{{- define "neuroforge.hpa" -}}
{{- $root := .root -}}
{{- $c := include "neuroforge.component" . | fromYaml -}}
{{- $v := index $root.Values .key -}}
{{- $ctx := dict "root" $root "name" $c.name -}}
{{- if $v.autoscaling.enabled -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "neuroforge.componentFullname" $ctx }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "neuroforge.labels" $ctx | nindent 4 }}
  {{- with include "neuroforge.annotations" $root }}{{ . | trim | nindent 2 }}{{ end }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "neuroforge.componentFullname" $ctx }}
  minReplicas: {{ $v.autoscaling.minReplicas }}
  maxReplicas: {{ $v.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $v.autoscaling.targetCPUUtilizationPercentage }}
    {{- if $v.autoscaling.targetMemoryUtilizationPercentage }}
    - type: Resource
      resource:
        name: memory
        target:
          type: Utilization
          averageUtilization: {{ $v.autoscaling.targetMemoryUtilizationPercentage }}
    {{- end }}
{{- end -}}
{{- end -}}

{{/* PodDisruptionBudget of any component. */}}
{{- define "neuroforge.pdb" -}}
{{- $root := .root -}}
{{- $c := include "neuroforge.component" . | fromYaml -}}
{{- $v := index $root.Values .key -}}
{{- $ctx := dict "root" $root "name" $c.name -}}
{{- if $v.pdb.create -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "neuroforge.componentFullname" $ctx }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "neuroforge.labels" $ctx | nindent 4 }}
  {{- with include "neuroforge.annotations" $root }}{{ . | trim | nindent 2 }}{{ end }}
spec:
  {{- if not (eq (toString $v.pdb.minAvailable) "") }}
  minAvailable: {{ $v.pdb.minAvailable }}
  {{- else }}
  maxUnavailable: {{ $v.pdb.maxUnavailable }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "neuroforge.selectorLabels" $ctx | nindent 6 }}
{{- end -}}
{{- end -}}

{{/* NetworkPolicy of a Python service: gRPC only from its callers, metrics from monitoring. */}}
{{- define "neuroforge.app.networkpolicy" -}}
{{- $root := .root -}}
{{- $c := include "neuroforge.component" . | fromYaml -}}
{{- $ctx := dict "root" $root "name" $c.name -}}
{{- if $root.Values.networkPolicy.enabled -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "neuroforge.componentFullname" $ctx }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "neuroforge.labels" $ctx | nindent 4 }}
  {{- with include "neuroforge.annotations" $root }}{{ . | trim | nindent 2 }}{{ end }}
spec:
  podSelector:
    matchLabels:
      {{- include "neuroforge.selectorLabels" $ctx | nindent 6 }}
  policyTypes:
    - Ingress
  ingress:
    - from:
        {{- range $c.callers }}
        - podSelector:
            matchLabels:
              {{- include "neuroforge.selectorLabels" (dict "root" $root "name" .) | nindent 14 }}
        {{- end }}
      ports:
        - port: {{ $c.port }}
          protocol: TCP
    {{- if $root.Values.metrics.enabled }}
    - from:
        - namespaceSelector:
            {{- toYaml $root.Values.networkPolicy.metricsNamespaceSelector | nindent 12 }}
      ports:
        - port: {{ add $c.port $root.Values.metrics.portOffset }}
          protocol: TCP
    {{- end }}
{{- end -}}
{{- end -}}
