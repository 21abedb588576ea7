"""The central organisation's dashboard: status, heatmap, charts and drill-down of a campaign."""
