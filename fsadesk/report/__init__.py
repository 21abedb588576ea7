"""Documents fsadesk writes for people: the action plan spreadsheets (and later the PDF report)."""
