"""claimtrail."""
