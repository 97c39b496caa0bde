"""Context Builder: retrieves the passages an answer is grounded in."""
