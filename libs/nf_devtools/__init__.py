"""Developer commands: code generation, dev keys, gateway config and the local mesh runner."""
