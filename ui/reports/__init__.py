"""The Reports page (page.py), its tabs (views.py), charts, drill-down and scrutiny pack."""
