"""Prompt Engine: renders domain templates within a token budget."""
