ALTER TABLE inferences ADD COLUMN routing_strategy TEXT NOT NULL DEFAULT '';
