DROP TABLE inference_scores;
DROP TABLE inference_chunks;
DROP TABLE inferences;
