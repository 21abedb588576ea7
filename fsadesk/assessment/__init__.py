"""Assessment model, scope and scoring. Pure Python (no Qt, no database)."""
