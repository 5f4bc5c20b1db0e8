"""Coordinators' pages (shown for the coordinator and admin roles: `ui.navigation`)."""
