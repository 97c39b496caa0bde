CREATE TABLE dataforge_feedback_events (
    inference_id TEXT PRIMARY KEY,
    pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    chunk_ids TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    created_at_us BIGINT NOT NULL,
    delivered_at_us BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dataforge_feedback_pending ON dataforge_feedback_events (delivered_at_us, created_at_us);
