DROP TABLE champion_score_events;
