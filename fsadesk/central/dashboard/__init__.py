"""The central organisation's dashboard figures (issue #14), headless: plain frozen dataclasses read
from the central store in a few queries per campaign, for the windows, exports and CLI to show.

One module per job: load (the campaign, members and current submissions), status, rates (member ×
domain, reusing the rates recomputed at intake), weakest (items most often not implemented), peers
(peer-group statistics), gaps (open gaps per member), trends (across campaigns).
"""
