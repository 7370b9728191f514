"""Sources the extractor did not write out: a verb's unwritten subject ("Recalcó que ...",
"وأضاف", "..., urging"), a source of function words only, a name left in apposition.
"""

from __future__ import annotations

import re

from claimtrail.model import Span
from claimtrail.resolve.sources import Source, cue_gender
from claimtrail.resolve.stopwords import stop_words

# Passive cues have no agent to recover: "it was reported", "wurde mitgeteilt", "fue anunciado".
_PASSIVE = frozenset(
    {
        "was", "were", "been", "being", "is", "are", "be", "wurde", "wurden", "worden",
        "fue", "fueron", "sido", "été", "stato", "stata", "stati", "foi", "foram",
        "został", "została", "zostało", "bylo", "byla", "был", "была", "было", "были",
    }
)  # fmt: skip
# A capitalised name of two to four words right after the source, closed by a comma, a
# bracket or a verb: "le chef de la diplomatie ukrainienne, Dmytro Kuleba, a déclaré".
_APPOSITION = re.compile(
    r"\s*,\s*((?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’-]*)(?=\s*[,()]|\s+[^\W\d_])"
)
_PUNCTUATION = ".,;:!?\"'«»“”„()[]—–-،"
# Names in apposition are short; a longer capitalised run is a title or a sentence.
_MAX_NAME_WORDS = 4


def zero_subject(
    text: str, cues: tuple[Span, ...], language: str | None, at: int | None = None
) -> Source | None:
    """The unwritten subject of a cue, as a pronoun of the genders the verb marks (any person,
    or a group, when it marks none), placed at the cue or at `at`; None for a passive cue, or
    for no cue and no `at`."""
    cue = " ".join(span.text_of(text) for span in cues)
    if _PASSIVE & set(cue.casefold().split()):
        return None
    if cue.strip():
        at = min(span.start for span in cues) if at is None else at
    elif at is None:
        return None
    gender = cue_gender(cue, language)
    genders = frozenset(gender) if gender else frozenset({"m", "f", "pl"})
    return Source("pronoun", Span(at, at), "", genders=genders)


def is_lone_opener(text: str, source: Source) -> bool:
    """A one-word "name" that opens its sentence and appears nowhere else in the text:
    "Zároveň apeloval", "Konkrétně doporučil" are adverbs; a real speaker is named again."""
    if source.kind != "name" or len(source.text.split()) != 1:
        return False
    before = text[: source.span.start].rstrip(" \t\"'«“„")
    if before and before[-1] not in ".!?…\n":
        return False
    stem = source.text.casefold()[:5]
    return len(re.findall(rf"(?<!\w){re.escape(stem)}", text.casefold())) == 1


def function_words_only(phrase: str, language: str | None) -> bool:
    """Whether every word of `phrase` is a function word of `language` ("كما", "তবে", "and so")."""
    words = stop_words(language)
    # Split on spaces, not \w: Indic vowel signs are no \w characters ("তবে").
    found = [w.strip(_PUNCTUATION) for w in phrase.casefold().split()]
    found = [w for w in found if w]
    return bool(words) and bool(found) and all(w in words for w in found)


def with_apposition(text: str, span: Span) -> Span:
    """`span` extended over a capitalised name in apposition right after it, else `span`."""
    found = _APPOSITION.match(text, span.end)
    if found is None:
        return span
    words = found.group(1).split()
    if len(words) > _MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return span
    return Span(span.start, found.end(1))
