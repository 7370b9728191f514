"""Who is speaking: sources resolved within an article, then to entities across articles."""

from claimtrail.resolve.across import EntityIndex
from claimtrail.resolve.aliases import load_aliases
from claimtrail.resolve.within import Speaker, intermediaries, speakers

__all__ = ["EntityIndex", "Speaker", "intermediaries", "load_aliases", "speakers"]
