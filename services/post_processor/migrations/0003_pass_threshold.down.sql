ALTER TABLE inferences DROP COLUMN pass_threshold;
