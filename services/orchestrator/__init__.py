"""Orchestrator: the public API; runs the five stages in sequence within one deadline."""
