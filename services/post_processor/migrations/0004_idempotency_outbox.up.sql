ALTER TABLE inferences ADD COLUMN idempotency_key TEXT;
ALTER TABLE inferences ADD COLUMN request_fingerprint TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX inferences_tenant_idempotency ON inferences (tenant_id, idempotency_key);
CREATE INDEX inferences_created ON inferences (created_at_us);
ALTER TABLE champion_score_events ADD COLUMN delivered_at_us BIGINT;
CREATE INDEX champion_score_events_pending ON champion_score_events (delivered_at_us, created_at_us);
