"""Role words that name one speaker in a story: "the pope", "Verkehrsminister", "Папа".

Outlets refer to a speaker by role as often as by name ("the pope means ...", "the president
denied ..."); the resolver keeps names only. A role word is read from the sources the
resolver already tied to a speaker: the word just before the name ("Pope Francis",
"spokesperson Maria Zakharova"), or a source of one or two words with no name ("the pope",
"il Pontefice"). A role word seen for two speakers of the story ("President") names neither.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from anyascii import anyascii

from claimtrail.model import Article, Entity, Statement

_WORD = re.compile(r"\w+")

_MIN_CHARS = 4
# A role word must name the speaker in this many sources: one odd source span ("Ukraine")
# is more often an extraction slip than a title.
_MIN_SOURCES = 2
# A bare source this short ("the pope", "il Pontefice") is a role; a longer one is a phrase.
_MAX_BARE_WORDS = 2
# Pronouns, determiners and vague sources of four letters or more, transliterated.
# fmt: off
_NOT_ROLES = frozenset([
    "they", "them", "their", "this", "that", "these", "those", "which", "whom", "whose",
    "someone", "there", "here", "both", "each", "other", "others", "officials", "sources",
    "source", "said", "says", "told", "added", "ihre", "elle", "elles", "ella", "ellos",
    "loro", "vona", "vony", "tego", "jego", "jeho",
])
# fmt: on


def _words(text: str) -> list[str]:
    return [anyascii(m.group()).casefold() for m in _WORD.finditer(text)]


def _name_words(entity: Entity) -> set[str]:
    return {w for name in (entity.name, *entity.aliases) for w in _words(name)}


def _is_role(word: str, names: set[str]) -> bool:
    return (
        len(word) >= _MIN_CHARS and word.isalpha() and word not in names and word not in _NOT_ROLES
    )


def role_words(
    statements: Sequence[Statement], articles: Mapping[str, Article], entities: Mapping[str, Entity]
) -> dict[str, str]:
    """{role word (transliterated, casefolded): entity id} for roles naming one speaker only."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, set[str]] = {}
    for statement in statements:
        entity = entities.get(statement.speaker_id or "")
        article = articles.get(statement.article_id)
        if entity is None or article is None:
            continue
        if entity.id not in names:
            names[entity.id] = _name_words(entity)
        own = names[entity.id]
        for span in statement.attribution.source:
            if span.end > len(article.text):
                continue
            words = _words(span.text_of(article.text))
            at_name = [i for i, w in enumerate(words) if w in own]
            if at_name:
                before = at_name[0] - 1
                candidates = [words[before]] if before >= 0 else []
            else:
                candidates = words[-1:] if 0 < len(words) <= _MAX_BARE_WORDS else []
            for word in candidates:
                if _is_role(word, own):
                    seen[word][entity.id] += 1
    all_names = set().union(*names.values()) if names else set()
    return {
        word: next(iter(ids))
        for word, ids in seen.items()
        if len(ids) == 1 and sum(ids.values()) >= _MIN_SOURCES and word not in all_names
    }
