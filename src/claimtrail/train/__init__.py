"""Training of claimtrail's shipped models (run as scripts, never at extraction time)."""
