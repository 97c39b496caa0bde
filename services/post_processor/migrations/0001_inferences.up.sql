CREATE TABLE inferences (
    inference_id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    request_id TEXT NOT NULL,
    domain TEXT NOT NULL,
    task_type TEXT NOT NULL,
    context_pack_id TEXT NOT NULL,
    user_query TEXT NOT NULL,
    additional_context TEXT NOT NULL,
    temperature DOUBLE PRECISION NOT NULL,
    max_tokens INTEGER NOT NULL,
    output TEXT NOT NULL,
    model_id TEXT NOT NULL,
    evaluation_score DOUBLE PRECISION NOT NULL,
    passed_evaluation BOOLEAN NOT NULL,
    tokens_used INTEGER NOT NULL,
    latency_ms INTEGER NOT NULL,
    fallback_used BOOLEAN NOT NULL,
    created_at_us BIGINT NOT NULL,
    pack_version TEXT NOT NULL,
    context_tier TEXT NOT NULL,
    context_degraded BOOLEAN NOT NULL,
    template_id TEXT NOT NULL
);
CREATE INDEX inferences_tenant_created ON inferences (tenant_id, created_at_us DESC, inference_id DESC);
CREATE INDEX inferences_tenant_domain_task ON inferences (tenant_id, domain, task_type, created_at_us DESC);

CREATE TABLE inference_chunks (
    inference_id TEXT NOT NULL REFERENCES inferences (inference_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    chunk_id TEXT NOT NULL,
    PRIMARY KEY (inference_id, position)
);

CREATE TABLE inference_scores (
    inference_id TEXT NOT NULL REFERENCES inferences (inference_id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    method TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (inference_id, dimension)
);
