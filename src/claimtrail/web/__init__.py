"""The web UI: server-rendered pages over the store (pages.py), with local assets only."""
