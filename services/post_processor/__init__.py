"""Post-Processor: persists inferences with provenance and scores; serves the history."""
