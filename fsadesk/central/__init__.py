"""The central organisation's side: its own database, member registry and (later) intake."""
