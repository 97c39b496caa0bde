"""NeuroForge's six services, one package each."""
