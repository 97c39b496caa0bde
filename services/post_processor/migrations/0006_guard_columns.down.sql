DROP INDEX inferences_tenant_guard;
ALTER TABLE inferences DROP COLUMN neutralized_chunk_ids;
ALTER TABLE inferences DROP COLUMN neutralized_chunk_count;
ALTER TABLE inferences DROP COLUMN guard_reason_codes;
ALTER TABLE inferences DROP COLUMN guard_verdict;
