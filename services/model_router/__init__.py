"""Model Router: chooses a model, calls it within a deadline, tracks champion/challenger."""
