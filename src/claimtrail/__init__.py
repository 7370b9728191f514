"""claimtrail: who said what, when, across news outlets."""

__version__ = "0.1.0"
