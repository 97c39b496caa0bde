DROP INDEX dataforge_feedback_pending;
DROP TABLE dataforge_feedback_events;
