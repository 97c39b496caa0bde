DROP INDEX champion_score_events_pending;
ALTER TABLE champion_score_events DROP COLUMN delivered_at_us;
DROP INDEX inferences_created;
DROP INDEX inferences_tenant_idempotency;
ALTER TABLE inferences DROP COLUMN request_fingerprint;
ALTER TABLE inferences DROP COLUMN idempotency_key;
