CREATE TABLE champion_score_events (
    event_id TEXT PRIMARY KEY,
    inference_id TEXT NOT NULL,
    domain TEXT NOT NULL,
    task_type TEXT NOT NULL,
    model_id TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    created_at_us BIGINT NOT NULL
);
CREATE INDEX champion_score_events_slot ON champion_score_events (domain, task_type, created_at_us);
