"""The REST API (every route under /api/) and the app that also serves the web pages."""
