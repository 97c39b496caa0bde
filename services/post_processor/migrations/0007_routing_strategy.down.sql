ALTER TABLE inferences DROP COLUMN routing_strategy;
