"""Sources the extractor did not write out: a verb's unwritten subject ("Recalcó que ...",
"وأضاف", "..., urging"), a source of function words only, a name left in apposition.
"""

from __future__ import annotations

import re
from itertools import takewhile

from claimtrail.model import Span
from claimtrail.resolve.lexicon import AGENCIES
from claimtrail.resolve.names import is_role
from claimtrail.resolve.sources import Source, cue_gender
from claimtrail.resolve.stopwords import stop_words
from claimtrail.resolve.translit import romanise

# Passive cues have no agent to recover: "it was reported", "wurde mitgeteilt", "fue anunciado".
_PASSIVE = frozenset(
    {
        "was", "were", "been", "being", "is", "are", "be", "wurde", "wurden", "worden",
        "fue", "fueron", "sido", "été", "stato", "stata", "stati", "foi", "foram",
        "został", "została", "zostało", "bylo", "byla", "был", "была", "было", "были",
    }
)  # fmt: skip
# "He was quoted as saying", "wurde mit den Worten zitiert": the passive subject is the speaker.
_QUOTED = ("quoted", "cited", "zitiert", "cité", "citato", "citata", "citado", "citada",
           "cytowan", "citován", "citovan", "процитирован")  # fmt: skip
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
    words = set(cue.casefold().split())
    if _PASSIVE & words and not any(w.startswith(_QUOTED) for w in words):
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
    # The extractor may keep the comma that opens the apposition: "the minister of Turkey,".
    end = span.start + len(text[span.start : span.end].rstrip(" ,"))
    found = _APPOSITION.match(text, end)
    if found is None:
        return span
    words = list(re.finditer(r"\S+", found.group(1)))
    # "Hakan Fidan has said": the name is the capitalised words before the verb.
    name = list(takewhile(lambda w: w.group()[:1].isupper(), words))
    if len(name) < 2 or len(name) > _MAX_NAME_WORDS:
        return span
    return Span(span.start, found.start(1) + name[-1].end())


# Words that name a news outlet ("The Times of Israel", "ITV News", "News.ro"); not "press"
# or "agency", which also name offices and state bodies ("press secretary").
_MEDIA = frozenset(
    {"times", "news", "post", "journal", "herald", "tribune", "gazette", "telegraph",
     "guardian", "tv", "radio", "television", "broadcaster", "newspaper", "zeitung",
     "gazeta", "noticias"}
)  # fmt: skip
_DOMAIN = re.compile(r"\w\.(?:com|net|org|ro|ru|ua|de|fr|it|es|pl|cz|tr|in|co)\b", re.IGNORECASE)
# Verb-subject languages put a speaker named by office after the verb: "قال البابا".
_VERB_FIRST = frozenset({"ar"})


def is_outlet(phrase: str) -> bool:
    """Whether `phrase` names a news outlet or agency (it relays quotes, it does not say them)."""
    words = re.findall(r"[a-z0-9]+", romanise(phrase))
    named = any(w in AGENCIES for w in words) or any(w in _MEDIA for w in words)
    return named or bool(_DOMAIN.search(phrase))


def postverbal_subject(text: str, cues: tuple[Span, ...], language: str | None) -> Span | None:
    """In a verb-first language, the office word right after the cue ("قال البابا إن"), as
    the span of the speaker; None elsewhere or when no office follows."""
    if not cues or (language or "").split("-")[0].lower() not in _VERB_FIRST:
        return None
    end = max(span.end for span in cues)
    found = re.match(r"\s*(\S+)", text[end : end + 60])
    if found is None or not is_role(found.group(1).strip(_PUNCTUATION)):
        return None
    return Span(end + found.start(1), end + found.end(1))
