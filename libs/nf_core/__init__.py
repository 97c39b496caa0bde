"""Shared runtime for every NeuroForge service: settings, bootstrap, interceptors, clients."""

__version__ = "0.1.0"
