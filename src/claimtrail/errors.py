"""The exceptions claimtrail raises: every stage raises only ClaimtrailError subclasses."""

from __future__ import annotations


class ClaimtrailError(Exception):
    """Base class; the engine catches it per input, records the reason and moves on."""


class InputError(ClaimtrailError):
    """An input cannot be read or parsed (broken file, unknown format, empty document)."""


class LimitExceededError(InputError):
    """An input is over a configured size, count or time limit."""


class FetchError(InputError):
    """A URL could not be fetched, or was refused (private address, too large, too slow)."""


class StoreError(ClaimtrailError):
    """The store cannot be opened, migrated or written."""


class ModelError(ClaimtrailError):
    """A model file is missing or unreadable."""


class ExportError(ClaimtrailError):
    """An export file cannot be written (the previous file, if any, is left intact)."""
