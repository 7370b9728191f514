"""Headline attributions: "Lukashenko: Ukraine offered a pact", "Obama Says Museum Will Tell".

PolNeAR holds few such headlines (its titles are mostly "Topic: subtitle"), so the CRF rarely
learns them; the colon rule fires only when the part before the colon is a speaker: a named
person, organisation or place, or a single noun ("Minister", "Police"). Title case also hides
"Says" from the tagger, so a headline built round one reporting word is read by its layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimtrail.extract.groups import Group
from claimtrail.extract.spans import TokenSpan

HEADLINE_SCORE = 0.6  # prior confidence of the rule (no CRF marginal exists)
MAX_SPEAKER_TOKENS = 5
MIN_CONTENT_TOKENS = 2
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Reporting words of headlines; on PolNeAR train, 42 of the 50 titles holding one have it as
# the gold cue, with the words before it as source and those after as content.
HEADLINE_VERBS = frozenset(
    {"says", "say", "said", "tells", "told", "warns", "claims", "insists", "admits", "vows"}
)
ADDRESSING_VERBS = frozenset({"tells", "told"})
CONTENT_ENDS = frozenset({";", ":"})


def headline_group(doc: Any, token_ids: Sequence[int]) -> Group | None:
    """The attribution of a "Speaker: words" or "Speaker Says words" headline, or None."""
    return _colon_headline(doc, token_ids) or _verb_headline(doc, token_ids)


def _verb_headline(doc: Any, token_ids: Sequence[int]) -> Group | None:
    """ "Speaker says words" (after any "Topic:" label) or "Words, Speaker Says"."""
    verbs = [k for k, i in enumerate(token_ids) if doc[i].lower_ in HEADLINE_VERBS]
    if len(verbs) != 1:
        return None
    k = verbs[0]
    verb = token_ids[k]
    words = [i for i in token_ids if not doc[i].is_punct]
    first = max((j + 1 for j in range(k) if doc[token_ids[j]].text == ":"), default=0)
    comma = max((j for j in range(first, k) if doc[token_ids[j]].text == ","), default=None)
    if comma is not None and words and words[-1] == verb:
        # "Guns Are a Crisis, Howard Dean Says."
        source = [i for i in token_ids[comma + 1 : k] if not doc[i].is_punct]
        content = [i for i in token_ids[first:comma] if not doc[i].is_punct]
    else:
        # The speaker is the phrase right before the verb: "Railing Against X, Sanders Vows".
        start = first if comma is None else comma + 1
        source = [i for i in token_ids[start:k] if not doc[i].is_punct]
        stop = next(
            (j for j in range(k + 1, len(token_ids)) if doc[token_ids[j]].text in CONTENT_ENDS),
            len(token_ids),
        )
        content = [i for i in token_ids[k + 1 : stop] if not doc[i].is_punct]
        if doc[verb].lower_ in ADDRESSING_VERBS:
            # "Trump tells 3,000 in Reno NFL has gone soft": the addressee is not content.
            clauses = [c for c in doc[verb].children if c.dep_ == "ccomp"]
            if not clauses:
                return None
            content = [i for i in content if clauses[0].left_edge.i <= i <= clauses[0].right_edge.i]
    if not 1 <= len(source) <= MAX_SPEAKER_TOKENS or len(content) < MIN_CONTENT_TOKENS:
        return None
    if doc[source[-1]].pos_ not in {"NOUN", "PROPN", "PRON"} and not doc[source[-1]].ent_type_:
        return None
    return Group(
        cue=[TokenSpan("cue", verb, verb + 1, HEADLINE_SCORE)],
        source=[TokenSpan("source", source[0], source[-1] + 1, HEADLINE_SCORE)],
        content=[TokenSpan("content", content[0], content[-1] + 1, HEADLINE_SCORE)],
    )


def _colon_headline(doc: Any, token_ids: Sequence[int]) -> Group | None:
    colons = [k for k, i in enumerate(token_ids) if doc[i].text == ":"]
    if len(colons) != 1:
        return None
    k = colons[0]
    before = [doc[i] for i in token_ids[:k]]
    after = [doc[i] for i in token_ids[k + 1 :] if not doc[i].is_punct]
    if not 1 <= len(before) <= MAX_SPEAKER_TOKENS or len(after) < MIN_CONTENT_TOKENS:
        return None
    if not _is_speaker(before):
        return None
    colon = token_ids[k]
    return Group(
        cue=[TokenSpan("cue", colon, colon + 1, HEADLINE_SCORE)],
        source=[TokenSpan("source", before[0].i, before[-1].i + 1, HEADLINE_SCORE)],
        content=[TokenSpan("content", token_ids[k + 1], token_ids[-1] + 1, HEADLINE_SCORE)],
    )


def _is_speaker(tokens: Sequence[Any]) -> bool:
    if len(tokens) == 1 and tokens[0].pos_ in {"NOUN", "PROPN"}:
        return True
    return all(t.ent_type_ in SPEAKER_ENTS for t in tokens)
