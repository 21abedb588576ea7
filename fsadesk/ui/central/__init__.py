"""The central organisation's windows: its set-up, the window with its member registry, intake and
campaigns. Loaded only when this PC is a central organisation's (never on the member's start)."""
