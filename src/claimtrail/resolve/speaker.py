"""The record within-article resolution returns for each source or `via`."""

from __future__ import annotations

from dataclasses import dataclass

from claimtrail.model import EntityType, Span


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a source (or `via`) denotes within one article."""

    name: str  # the fullest name mention, or the surface string when unresolved
    type: EntityType  # an unresolved speaker is "other"
    mention: Span | None  # the name mention the speaker was resolved to (None if unresolved)
    aliases: tuple[str, ...]  # name-like surface forms of this speaker in the article
    is_metonymic: bool = False  # "Kyiv", "the Kremlin" standing for a government
    # What the article says the speaker is, to find an unnamed one in other articles: the
    # casefolded words of its titles or description ("vatican", "spokesman") and the names
    # of whom it speaks for ("Zelensky" for "his spokesman" after Zelensky spoke).
    roles: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
