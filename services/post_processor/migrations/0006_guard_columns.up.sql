ALTER TABLE inferences ADD COLUMN guard_verdict TEXT NOT NULL DEFAULT '';
ALTER TABLE inferences ADD COLUMN guard_reason_codes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE inferences ADD COLUMN neutralized_chunk_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE inferences ADD COLUMN neutralized_chunk_ids TEXT NOT NULL DEFAULT '[]';
CREATE INDEX inferences_tenant_guard ON inferences (tenant_id, guard_verdict, created_at_us DESC);
