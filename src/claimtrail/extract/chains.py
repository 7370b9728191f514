"""Finds reporting chains: the inner speaker becomes the source, the outer one `via`.

"Belta quoted Lukashenko as saying ..." and "Bruni said the pope clearly stated ...": the
CRF labels the outer attribution (PolNeAR lets no token play two roles), and these rules
read the inner speaker off the parse.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from claimtrail.extract.groups import Group
from claimtrail.extract.spans import TokenSpan

QUOTING_LEMMAS = frozenset({"quote", "cite"})
SPEECH_LEMMAS = frozenset(
    {
        "say",
        "state",
        "tell",
        "claim",
        "insist",
        "declare",
        "announce",
        "add",
        "write",
        "warn",
        "argue",
        "report",
        "admit",
        "explain",
        "confirm",
        "deny",
        "tweet",
        "assert",
        "maintain",
        "note",
        "predict",
    }
)
SUBJECT_DEPS = frozenset({"nsubj"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@dataclass(frozen=True, slots=True)
class Chain:
    """The inner speaker, its cue and content, and the outer source that relays them."""

    source: TokenSpan
    cue: TokenSpan
    content: tuple[TokenSpan, ...]
    via: tuple[TokenSpan, ...]


def _subtree_span(tok: Any, role: Any) -> TokenSpan:
    left = tok.left_edge.i
    right = tok.right_edge.i
    return TokenSpan(role, left, right + 1)


def _is_speaker(tok: Any) -> bool:
    """A named person or organisation (or a proper noun the NER missed)."""
    if tok.ent_type_:
        return bool(tok.ent_type_ in SPEAKER_ENTS)
    return bool(tok.pos_ in {"PROPN", "NOUN"})


def quoted_as_saying(doc: Any, group: Group) -> Chain | None:
    """'X quoted/cited Y as saying C': source Y, via X, cue 'quoted'.

    Without "as saying" the object is what was cited ("cited the audit"): no chain.
    """
    if not group.source:
        return None
    for cue in group.cue:
        for i in range(cue.start, cue.end):
            tok = doc[i]
            if tok.lemma_.lower() not in QUOTING_LEMMAS:
                continue
            objects = [c for c in tok.children if c.dep_ == "dobj" and _is_speaker(c)]
            saying = _as_saying(tok, objects[0]) if objects else None
            if saying is not None:
                inner = _subtree_span(objects[0], "source")
                content = tuple(
                    TokenSpan("content", max(c.start, saying.i + 1), c.end)
                    for c in group.content
                    if c.end > saying.i + 1
                )
                return Chain(inner, cue, content or tuple(group.content), tuple(group.source))
    return None


def _as_saying(verb: Any, obj: Any) -> Any | None:
    """The 'saying' of "quoted X as saying", attached to the verb or to its object."""
    for head in (verb, obj):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                for child in prep.children:
                    if child.lemma_.lower() in SPEECH_LEMMAS:
                        return child
    return None


def nested_report(doc: Any, group: Group, depths: Mapping[int, int]) -> Chain | None:
    """'X said Y stated C': the content (not a quotation) opens with another attribution by Y."""
    if not group.source or len(group.content) != 1:
        return None
    content = group.content[0]
    if any(depths.get(i, 0) for i in range(content.start, content.end)):
        return None
    tops = [
        doc[i]
        for i in range(content.start, content.end)
        if not content.start <= doc[i].head.i < content.end or doc[i].head.i == i
    ]
    verbs = [t for t in tops if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_LEMMAS]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and _is_speaker(c)]
    said = [c for c in verb.children if c.dep_ in CONTENT_DEPS and c.i > verb.i]
    if not subjects or not said or subjects[0].i > verb.i:
        return None
    if subjects[0].left_edge.i - content.start > 1:  # the subject opens the content ("that Y")
        return None
    inner_content = _subtree_span(said[0], "content")
    end = min(inner_content.end, content.end)
    if end <= inner_content.start:
        return None
    return Chain(
        _subtree_span(subjects[0], "source"),
        TokenSpan("cue", verb.i, verb.i + 1),
        (TokenSpan("content", inner_content.start, end),),
        tuple(group.source),
    )


def find_chain(doc: Any, group: Group, depths: Mapping[int, int]) -> Chain | None:
    """The chain `group` reports, if its cue or content shows one; `depths`: quote depths."""
    return quoted_as_saying(doc, group) or nested_report(doc, group, depths)
