{{/*
Names, labels, images and the component table. Every component template receives
(dict "root" $ "key" "<values key>") and looks itself up in "neuroforge.components".
*/}}

{{- define "neuroforge.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "neuroforge.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "neuroforge.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
The mesh: values key -> resource suffix, Python module, NF_ settings prefix, gRPC port and the
components allowed to call it (NetworkPolicy peers).
*/}}
{{- define "neuroforge.components" -}}
orchestrator: {name: orchestrator, module: orchestrator, env: ORCHESTRATOR, port: 50051, callers: [gateway]}
contextBuilder: {name: context-builder, module: context_builder, env: CONTEXT_BUILDER, port: 50052, callers: [orchestrator]}
promptEngine: {name: prompt-engine, module: prompt_engine, env: PROMPT_ENGINE, port: 50053, callers: [orchestrator]}
modelRouter: {name: model-router, module: model_router, env: MODEL_ROUTER, port: 50054, callers: [orchestrator, post-processor]}
evaluator: {name: evaluator, module: evaluator, env: EVALUATOR, port: 50055, callers: [orchestrator]}
postProcessor: {name: post-processor, module: post_processor, env: POST_PROCESSOR, port: 50056, callers: [orchestrator]}
gateway: {name: gateway, port: 8080, callers: []}
{{- end -}}

{{- define "neuroforge.component" -}}
{{- index (include "neuroforge.components" . | fromYaml) .key | toYaml -}}
{{- end -}}

{{- define "neuroforge.componentFullname" -}}
{{- printf "%s-%s" (include "neuroforge.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "neuroforge.selectorLabels" -}}
app.kubernetes.io/name: {{ include "neuroforge.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{- define "neuroforge.labels" -}}
helm.sh/chart: {{ include "neuroforge.chart" .root }}
{{ include "neuroforge.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: neuroforge
{{- with .root.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "neuroforge.annotations" -}}
{{- with .Values.commonAnnotations }}
annotations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "neuroforge.serviceAccountName" -}}
{{- $v := index .root.Values .key -}}
{{- if $v.serviceAccount.create -}}
{{- default (include "neuroforge.componentFullname" .) $v.serviceAccount.name -}}
{{- else -}}
{{- default "default" $v.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* Image of a NeuroForge service: (dict "root" $ "key" "modelRouter"). */}}
{{- define "neuroforge.image" -}}
{{- $v := index .root.Values .key -}}
{{- $registry := default .root.Values.image.registry .root.Values.global.imageRegistry -}}
{{- $tag := default (default .root.Chart.AppVersion .root.Values.image.tag) $v.image.tag -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry $v.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" $v.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{- define "neuroforge.gatewayImage" -}}
{{- $i := .Values.gateway.image -}}
{{- $registry := default $i.registry .Values.global.imageRegistry -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry $i.repository $i.tag -}}
{{- else -}}
{{- printf "%s:%s" $i.repository $i.tag -}}
{{- end -}}
{{- end -}}

{{- define "neuroforge.imagePullSecrets" -}}
{{- with .Values.global.imagePullSecrets }}
imagePullSecrets:
{{- range . }}
  - name: {{ . }}
{{- end }}
{{- end }}
{{- end -}}

{{/* Secret names and keys: the chart's own Secret unless existingSecret names one. */}}
{{- define "neuroforge.internalTokenSecret" -}}
{{- default (printf "%s-internal-token" (include "neuroforge.fullname" .)) .Values.internalToken.existingSecret -}}
{{- end -}}

{{- define "neuroforge.databaseSecret" -}}
{{- default (printf "%s-database" (include "neuroforge.fullname" .)) .Values.postgresql.existingSecret -}}
{{- end -}}

{{- define "neuroforge.redisSecret" -}}
{{- default (printf "%s-redis" (include "neuroforge.fullname" .)) .Values.redis.existingSecret -}}
{{- end -}}

{{- define "neuroforge.providersSecret" -}}
{{- default (printf "%s-providers" (include "neuroforge.fullname" .)) .Values.providers.existingSecret -}}
{{- end -}}

{{- define "neuroforge.dataforgeSecret" -}}
{{- default (printf "%s-dataforge" (include "neuroforge.fullname" .)) .Values.dataforge.existingSecret -}}
{{- end -}}

{{- define "neuroforge.postgresqlEnabled" -}}
{{- if or .Values.postgresql.url .Values.postgresql.existingSecret -}}true{{- end -}}
{{- end -}}

{{- define "neuroforge.redisEnabled" -}}
{{- if or .Values.redis.url .Values.redis.existingSecret -}}true{{- end -}}
{{- end -}}

{{/* The internal token: the value, else the one already in the cluster, else a new one. */}}
{{- define "neuroforge.internalToken" -}}
{{- if .Values.internalToken.value -}}
{{- .Values.internalToken.value -}}
{{- else -}}
{{- $existing := lookup "v1" "Secret" .Release.Namespace (include "neuroforge.internalTokenSecret" .) -}}
{{- if and $existing $existing.data (index $existing.data "internal-token") -}}
{{- index $existing.data "internal-token" | b64dec -}}
{{- else -}}
{{- randAlphaNum 48 -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Where pods find the local JWKS (development) when no remote JWKS URL is set. */}}
{{- define "neuroforge.jwksDir" -}}/etc/neuroforge/jwks{{- end -}}
{{- define "neuroforge.useLocalJwks" -}}
{{- if and (not .Values.auth.jwksUrl) .Values.auth.localJwks -}}true{{- end -}}
{{- end -}}

{{/* Default anti-affinity: prefer one replica per node. */}}
{{- define "neuroforge.affinity" -}}
{{- $v := index .root.Values .key -}}
{{- if $v.affinity -}}
{{- toYaml $v.affinity -}}
{{- else -}}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "neuroforge.selectorLabels" . | nindent 12 }}
{{- end -}}
{{- end -}}
