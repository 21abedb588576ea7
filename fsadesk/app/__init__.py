"""The application layer: the use cases the windows and the CLI both call, each one transaction (no Qt)."""
