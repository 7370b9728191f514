"""Each statement as the detectors see it: content, stems, polarity, quantities, holders.

`prepare` does the per-statement work once (linear in the total content length); the detectors
then only compare these records.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from anyascii import anyascii

from claimtrail.discrepancies.inputs import DiscrepancyInput
from claimtrail.discrepancies.lexicon import DENIAL_CONCEPT, concept_matchers, matcher
from claimtrail.discrepancies.numbers import Quantity, quantities
from claimtrail.discrepancies.titles import role_words
from claimtrail.model import Article, Entity, Span, Statement

_WORD = re.compile(r"\w+")
_SUBWORD = re.compile(r"[a-z0-9]+")
_STEM_CHARS = 5
_MIN_WORD_CHARS = 4
# A negation this many characters before a concept word flips it ("has not closed").
_NEGATION_REACH_CHARS = 30
# A denial ("denied that", "refutes the claim of") reaches over its complement clause.
_DENIAL_REACH_CHARS = 60
# A negation governs the next few words of its clause ("not a terrorist organisation").
_NEGATION_SCOPE_WORDS = 4
# Clause breaks: punctuation and "but" in the tabled languages (not it "ma", which is pl "has").
_CLAUSE_END = re.compile(r"[.;:!?,]|\s(?:but|aber|mais|pero|mas|ale|но|але|ama|لكن)\s")
# A holder verb this few words after a name makes the name the holder of a view ("X sees",
# "X habe gesagt"); a preposition ("according to X", "по словам X") must come right before it.
_HOLDER_GAP_WORDS = 3
_PREPOSITION_GAP_WORDS = 1
# Reports of one group are compared pairwise, so a group keeps its first 100 reports: one
# utterance quoted 5,000 times would otherwise take quadratic time.
MAX_GROUP_REPORTS = 100
_ALIAS_MIN_CHARS = 4
_INFLECTION_CHARS = 3


@dataclass(frozen=True, slots=True, eq=False)
class Report:
    """One statement with the features the detectors compare (compared by identity)."""

    statement: Statement
    article: Article
    content: str
    span: Span  # from the first content span's start to the last one's end
    group: str  # the statement's group, or its own id when it has none
    stems: frozenset[str]
    negated_stems: frozenset[str]  # stems inside a negation's scope ("will not *suspend*")
    asserted_stems: frozenset[str]  # stems of the clauses that hold no negation
    negation_words: frozenset[str]  # stems of the negation words themselves ("nothing")
    concepts: frozenset[tuple[str, int]]  # (concept, effective sign)
    is_hedged: bool
    is_certain: bool
    is_rebuttal: bool
    quantities: tuple[Quantity, ...]
    mentions: frozenset[str]  # entity ids named in the content
    holders: frozenset[str]  # entity ids the content presents as saying or holding something
    view_holders: frozenset[str]  # those credited with a view ("X sees", "X called ...")
    script: str  # the writing system of most of its letters: "LATIN", "CYRILLIC", "ARABIC"...

    @property
    def id(self) -> str:
        return self.statement.id

    @property
    def speaker(self) -> str | None:
        return self.statement.speaker_id


@dataclass(frozen=True, slots=True)
class Context:
    """The prepared story: reports, their groups and speakers, and stem weights."""

    data: DiscrepancyInput
    reports: tuple[Report, ...]
    groups: Mapping[str, tuple[Report, ...]]  # at most MAX_GROUP_REPORTS each
    by_speaker: Mapping[str, tuple[Report, ...]]
    weights: Mapping[str, float]  # inverse document frequency of a stem within the story
    _group_stems: dict[str, frozenset[str]] = field(default_factory=dict)
    _totals: dict[frozenset[str], float] = field(default_factory=dict)

    def total(self, stems: frozenset[str]) -> float:
        """Summed weight of a stem set (memoised: the same sets are compared many times)."""
        found = self._totals.get(stems)
        if found is None:
            found = sum(self.weights.get(s, 0.0) for s in stems)
            self._totals[stems] = found
        return found

    def similarity(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted overlap coefficient of two stem sets, in [0, 1]."""
        if not a or not b:
            return 0.0
        smaller = min(self.total(a), self.total(b))
        if smaller <= 0:
            return 0.0
        return sum(self.weights.get(s, 0.0) for s in a & b) / smaller

    def dice(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted Dice of two stem sets, in [0, 1]: high only when both say the same words,
        unlike `similarity`, which is 1 whenever the shorter text lies inside the longer."""
        both = self.total(a) + self.total(b)
        if both <= 0:
            return 0.0
        return 2 * sum(self.weights.get(s, 0.0) for s in a & b) / both

    def group_stems(self, group: str) -> frozenset[str]:
        found = self._group_stems.get(group)
        if found is None:
            found = frozenset().union(*(r.stems for r in self.groups.get(group, ())))
            self._group_stems[group] = found
        return found


# Function words of four letters or more, as transliterated stems, in the tabled languages:
# they say nothing about what a statement is about.
# fmt: off
FUNCTION_STEMS = frozenset([
    # en
    "this", "that", "these", "those", "with", "have", "from", "they", "will", "were", "been",
    "there", "their", "what", "when", "which", "while", "about", "also", "only", "more", "into",
    "over", "such", "than", "then", "them", "would", "could", "shoul", "said", "says",
    # de, fr, it, es, pt
    "dass", "eine", "einer", "sind", "wird", "werde", "habe", "sein", "auch", "oder", "aber",
    "wenn", "dies", "nach", "nicht", "pour", "dans", "avec", "sont", "etre", "mais", "cette",
    "nous", "vous", "leur", "elle", "para", "como", "pero", "esta", "este", "sobre", "entre",
    "sono", "della", "dell", "degli", "anche", "quest", "quell",
    # ru, uk (transliterated)
    "chto", "kotor", "ochen", "bolee", "takzh", "bylo", "esli", "tolko", "tak", "iakyi",
])
# fmt: on


def transliterated_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ascii casefolded form) of each word; offsets into `text`."""
    out = []
    for m in _WORD.finditer(text):
        out.append((m.start(), m.end(), anyascii(m.group()).casefold()))
    return out


def stems_of(text: str) -> frozenset[str]:
    """Comparable word stems: transliterated, casefolded, cut to five characters."""
    found = set()
    for _, _, folded in transliterated_words(text):
        for sub in _SUBWORD.findall(folded):
            stem = sub[:_STEM_CHARS]
            if sub.isdigit() or (len(sub) >= _MIN_WORD_CHARS and stem not in FUNCTION_STEMS):
                found.add(stem)
    return frozenset(found)


class AliasIndex:
    """Finds entity names in text across scripts and inflections ("Журавлёва" -> zhuravlyov)."""

    def __init__(
        self, entities: Mapping[str, Entity], roles: Mapping[str, str] | None = None
    ) -> None:
        """`roles` adds one-word role names ("pope") of one entity each (see titles.py)."""
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for entity in entities.values():
            for name in {entity.name, *entity.aliases}:
                words = tuple(f for _, _, f in transliterated_words(name))
                if words and sum(len(w) for w in words) >= _ALIAS_MIN_CHARS:
                    self._by_first[words[0][:_ALIAS_MIN_CHARS]].append((words, entity.id))
        for role, entity_id in sorted((roles or {}).items()):
            self._by_first[role[:_ALIAS_MIN_CHARS]].append(((role,), entity_id))

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entity id) of each name found in `text`."""
        words = transliterated_words(text)
        found = []
        for i, (start, _, folded) in enumerate(words):
            for alias, entity_id in self._by_first.get(folded[:_ALIAS_MIN_CHARS], ()):
                if i + len(alias) <= len(words) and all(
                    _inflected(words[i + k][2], part) for k, part in enumerate(alias)
                ):
                    found.append((start, words[i + len(alias) - 1][1], entity_id))
        return found


def _inflected(word: str, alias_word: str) -> bool:
    return word.startswith(alias_word[: max(_ALIAS_MIN_CHARS, len(alias_word) - 1)]) and (
        len(word) <= len(alias_word) + _INFLECTION_CHARS
    )


def script_of(text: str) -> str:
    """The Unicode script most of the letters of `text` belong to ("" when it has none)."""
    counts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            counts[unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]] += 1
    return counts.most_common(1)[0][0] if counts else ""


def _content(statement: Statement, text: str) -> tuple[str, Span] | None:
    spans = [s for s in statement.attribution.content if s.end <= len(text)]
    if not spans:
        return None
    content = " … ".join(s.text_of(text) for s in spans)
    if not content.strip():
        return None
    return content, Span(min(s.start for s in spans), max(s.end for s in spans))


def _concepts(content: str, negations: list[int]) -> set[tuple[str, int]]:
    # A denial governs its whole complement as a negation governs the next words: "refutes
    # the hypothesis of an assassination" holds the natural-death pole, not the killing one.
    denials: list[int] = []
    for name, _, deny in concept_matchers():
        if name == DENIAL_CONCEPT:
            denials.extend(m.end() for m in deny.finditer(content))
    found = set()
    for name, positive, negative in concept_matchers():
        for pole, sign in ((positive, 1), (negative, -1)):
            for m in pole.finditer(content):
                is_flipped = any(
                    m.start() - _NEGATION_REACH_CHARS <= n < m.start() for n in negations
                ) or (
                    name != DENIAL_CONCEPT
                    and any(
                        0 <= m.start() - d <= _DENIAL_REACH_CHARS
                        and not _CLAUSE_END.search(content[d : m.start()])
                        for d in denials
                    )
                )
                found.add((name, -sign if is_flipped else sign))
    return found


def _is_close(gap: str, max_words: int) -> bool:
    """True when `gap` is at most `max_words` words with no clause break."""
    return not _CLAUSE_END.search(gap) and len(_WORD.findall(gap)) <= max_words


def _holders(
    content: str,
    mentions: list[tuple[int, int, str]],
    table: str,
    language: str | None,
    speaker: str | None,
) -> set[str]:
    folded = content.casefold()
    verbs = [(m.start(), m.end()) for m in matcher(table, language).finditer(folded)]
    pronoun = matcher("pronouns", language)
    holders = set()
    for start, end, entity_id in mentions:
        if entity_id == speaker:
            continue
        for v_start, v_end in verbs:
            is_after = (
                v_start >= end
                and _is_close(content[end:v_start], _HOLDER_GAP_WORDS)
                and not pronoun.search(folded[end:v_start])
            )
            is_before = v_end <= start and _is_close(content[v_end:start], _PREPOSITION_GAP_WORDS)
            if is_after or is_before:
                holders.add(entity_id)
                break
    return holders


def _asserted_stems(content: str, language: str | None) -> frozenset[str]:
    negation = matcher("negations", language)
    found: set[str] = set()
    for clause in _CLAUSE_END.split(content):
        if clause and not negation.search(clause):
            found |= stems_of(clause)
    return frozenset(found)


def _negated_stems(
    content: str, negations: list[tuple[int, int]], max_words: int
) -> frozenset[str]:
    found: set[str] = set()
    for _, end in negations:
        clause = _CLAUSE_END.split(content[end:], maxsplit=1)[0]
        words = _WORD.findall(clause)[:max_words]
        found |= stems_of(" ".join(words))
    return frozenset(found)


def prepare(data: DiscrepancyInput) -> Context:
    """The story's reports; statements with no readable content are left out."""
    aliases = AliasIndex(data.entities, role_words(data.statements, data.articles, data.entities))
    reports = []
    for statement in data.statements:
        article = data.articles.get(statement.article_id)
        if article is None:
            continue
        found = _content(statement, article.text)
        if found is None:
            continue
        content, span = found
        language = article.language
        folded = content.casefold()
        negations = [(m.start(), m.end()) for m in matcher("negations", language).finditer(folded)]
        mentions = aliases.mentions(content)
        speaker = statement.speaker_id
        views = _holders(content, mentions, "view_verbs", language, speaker)
        reports.append(
            Report(
                statement=statement,
                article=article,
                content=content,
                span=span,
                group=statement.group or f"_{statement.id}",
                stems=stems_of(content),
                negated_stems=_negated_stems(folded, negations, _NEGATION_SCOPE_WORDS),
                asserted_stems=_asserted_stems(folded, language),
                negation_words=stems_of(" ".join(folded[a:b] for a, b in negations)),
                concepts=frozenset(_concepts(folded, [n for n, _ in negations])),
                is_hedged=bool(matcher("hedges", language).search(folded)),
                is_certain=bool(matcher("certainty", language).search(folded)),
                is_rebuttal=bool(matcher("rebuttals", language).search(folded)),
                quantities=tuple(quantities(content)),
                mentions=frozenset(e for _, _, e in mentions),
                holders=frozenset(
                    _holders(content, mentions, "speech_verbs", language, speaker) | views
                ),
                view_holders=frozenset(views),
                script=script_of(content),
            )
        )
    groups: dict[str, list[Report]] = defaultdict(list)
    speakers: dict[str, list[Report]] = defaultdict(list)
    df: Counter[str] = Counter()
    for report in reports:
        groups[report.group].append(report)
        if report.speaker:
            speakers[report.speaker].append(report)
        df.update(report.stems)
    n = len(reports)
    weights = {stem: math.log((n + 1) / count) for stem, count in df.items()}
    return Context(
        data=data,
        reports=tuple(reports),
        groups={g: tuple(rs[:MAX_GROUP_REPORTS]) for g, rs in groups.items()},
        by_speaker={s: tuple(rs) for s, rs in speakers.items()},
        weights=weights,
    )
