"""Finds reporting chains: the inner speaker becomes the source, the outer one `via`.

"Belta quoted Lukashenko as saying ..." and "Bruni said the pope clearly stated ...": the
CRF labels the outer attribution (PolNeAR lets no token play two roles), and these rules
read the inner speaker off the parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimtrail.extract.linking import Group
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
        "suggest",
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
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", ""})


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
    return bool(tok.pos_ in {"PROPN", "NOUN", "PRON"} and tok.ent_type_ in SPEAKER_ENTS)


def quoted_as_saying(doc: Any, group: Group) -> Chain | None:
    """'X quoted/cited Y as saying C': source Y, via X, cue 'quoted'."""
    if not group.source:
        return None
    for cue in group.cue:
        for i in range(cue.start, cue.end):
            tok = doc[i]
            if tok.lemma_.lower() not in QUOTING_LEMMAS:
                continue
            objects = [c for c in tok.children if c.dep_ == "dobj" and _is_speaker(c)]
            if objects:
                inner = _subtree_span(objects[0], "source")
                return Chain(inner, cue, tuple(group.content), tuple(group.source))
    return None


def nested_report(doc: Any, group: Group) -> Chain | None:
    """'X said Y stated C': the content is itself an attribution by Y."""
    if not group.source or len(group.content) != 1:
        return None
    content = group.content[0]
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


def find_chain(doc: Any, group: Group) -> Chain | None:
    """The chain `group` reports, if its cue or content shows one."""
    return quoted_as_saying(doc, group) or nested_report(doc, group)
