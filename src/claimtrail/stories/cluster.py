"""Incremental story clustering: each new article joins the story it fits best or starts one.

Per article the cost is one matrix-vector product over the story centroids (O(S*d) for S
stories) plus a term comparison with at most `max_candidates` stories (O(K*T)); a story keeps a
centroid, capped term counts and its date range, so memory is O(S*(d+T)) whatever its size.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from claimtrail.model import Article, Entity, Statement, Story
from claimtrail.stories.embed import Embedder
from claimtrail.stories.terms import name_terms

# The languages multilingual USE v3 was trained on; elsewhere its vectors mostly encode the
# language (two unrelated Czech texts score 0.83 on the stories corpus), so terms count more.
USE_LANGUAGES = frozenset(
    {"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"}
)


@dataclass(frozen=True, slots=True)
class StoryOptions:
    """How close an article must be to join a story.

    The numbers were set on ../shared/data/stories (4 stories, 10 distractors, 17 languages)
    by a grid over shuffled arrival orders: see tests/stories/test_story_gold.py.
    """

    # score = semantic_weight * cos(article, story centroid) + (1 - w) * term cosine
    semantic_weight: float = 0.6
    # the weight when either side is in a language the encoder does not know
    foreign_semantic_weight: float = 0.2
    join_threshold: float = 0.44  # below it the article starts a story
    foreign_join_threshold: float = 0.15  # the same, scored with the foreign weight
    # two stories merge (the older id stays) when their centroids and terms score this high:
    # it repairs a story split because its first article was in a language the encoder lacks
    merge_threshold: float = 0.6
    window_days: int = 21  # dated articles join only stories active within this many days
    lead_chars: int = 1500  # the lead carries the event; later paragraphs drift to background
    max_candidates: int = 32  # stories compared in full, chosen by centroid similarity
    max_terms: int = 300  # term counts kept per story
    sample_known: int = 20  # known articles per story re-embedded to rebuild its centroid
    entity_weight: float = 3.0  # a shared speaker entity counts like three shared name terms


@dataclass(slots=True)
class _Profile:
    id: str
    title: str
    article_ids: list[str]
    terms: Counter[str] = field(default_factory=Counter)
    first: date | None = None
    last: date | None = None
    languages: set[str] = field(default_factory=set)


def _lead(article: Article, chars: int) -> str:
    head = f"{article.title}\n" if article.title else ""
    return head + article.text[:chars]


def _title(article: Article) -> str:
    if article.title and article.title.strip():
        return article.title.strip()
    first_line = next((ln.strip() for ln in article.text.splitlines() if ln.strip()), article.id)
    return first_line if len(first_line) <= 120 else first_line[:117].rstrip() + "..."


class StoryClusterer:
    """Incremental: a new article joins an existing story or starts one; no full recompute."""

    def __init__(
        self,
        embedder: Embedder,
        options: StoryOptions = StoryOptions(),  # frozen, so a shared default is safe
        stories: Iterable[Story] = (),
        known: Iterable[Article] = (),
    ) -> None:
        self.embedder = embedder
        self.options = options
        self._profiles: list[_Profile] = []
        self._index: dict[str, int] = {}  # story id -> row
        self._story_of: dict[str, int] = {}  # article id -> row
        self._sums = np.zeros((0, 0), dtype=np.float32)  # unnormalised centroid per row
        self._document_frequency: Counter[str] = Counter()
        self._documents = 0
        self._restore(list(stories), list(known))

    # ---------------------------------------------------------------- state

    def _restore(self, stories: list[Story], known: list[Article]) -> None:
        by_id = {a.id: a for a in known}
        for story in stories:
            row = self._new_row(story.id, story.title)
            members = [by_id[a] for a in story.article_ids if a in by_id]
            profile = self._profiles[row]
            profile.article_ids.extend(story.article_ids)
            for aid in story.article_ids:
                self._story_of[aid] = row
            for article in members:
                self._count(article, self._terms(article, (), {}))
                self._dates_and_language(profile, article)
            sample = sorted(members, key=lambda a: a.published.isoformat() if a.published else "")
            sample = sample[-self.options.sample_known :]
            if sample:
                vectors = self.embedder.embed([_lead(a, self.options.lead_chars) for a in sample])
                self._ensure_dim(vectors.shape[1])
                self._sums[row] += vectors.sum(axis=0)
                for article in sample:
                    profile.terms.update(self._terms(article, (), {}))
                self._cap_terms(profile)

    def _new_row(self, story_id: str, title: str) -> int:
        row = len(self._profiles)
        self._profiles.append(_Profile(story_id, title, []))
        self._index[story_id] = row
        if self._sums.shape[0] <= row:
            dim = self._sums.shape[1]
            grown = np.zeros((max(8, 2 * row), dim), dtype=np.float32)
            grown[:row] = self._sums[:row]
            self._sums = grown
        return row

    def _ensure_dim(self, dim: int) -> None:
        if self._sums.shape[1] != dim:
            self._sums = np.zeros((max(self._sums.shape[0], 8), dim), dtype=np.float32)

    def _count(self, article: Article, terms: Counter[str]) -> None:
        self._documents += 1
        self._document_frequency.update(terms.keys())

    def _cap_terms(self, profile: _Profile) -> None:
        if len(profile.terms) > 2 * self.options.max_terms:
            profile.terms = Counter(dict(profile.terms.most_common(self.options.max_terms)))

    @staticmethod
    def _dates_and_language(profile: _Profile, article: Article) -> None:
        if article.language:
            profile.languages.add(article.language)
        if article.published is None:
            return
        day = article.published.date()
        profile.first = day if profile.first is None else min(profile.first, day)
        profile.last = day if profile.last is None else max(profile.last, day)

    # ---------------------------------------------------------------- scoring

    def _terms(
        self, article: Article, statements: Sequence[Statement], entities: Mapping[str, Entity]
    ) -> Counter[str]:
        terms = name_terms(_lead(article, self.options.lead_chars))
        for statement in statements:
            if statement.speaker_id:
                key = "entity:" + statement.speaker_id
                terms[key] = max(terms[key], 1)
                entity = entities.get(statement.speaker_id)
                if entity is not None:
                    terms.update(name_terms(entity.name))
        return terms

    def _idf(self, term: str) -> float:
        weight = math.log((1 + self._documents) / (1 + self._document_frequency[term])) + 1.0
        return weight * (self.options.entity_weight if term.startswith("entity:") else 1.0)

    def _term_cosine(self, terms: Counter[str], profile: Counter[str]) -> float:
        shared = terms.keys() & profile.keys()
        if not shared:
            return 0.0
        total_profile = sum(profile.values())
        total_terms = sum(terms.values())

        def weight(counts: Counter[str], total: int, term: str) -> float:
            return (counts[term] / total) * self._idf(term)

        dot = sum(weight(terms, total_terms, t) * weight(profile, total_profile, t) for t in shared)
        norm_a = math.sqrt(sum(weight(terms, total_terms, t) ** 2 for t in terms))
        norm_b = math.sqrt(sum(weight(profile, total_profile, t) ** 2 for t in profile))
        return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0

    def _in_window(self, profile: _Profile, day: date | None) -> bool:
        if day is None or profile.first is None or profile.last is None:
            return True
        window = self.options.window_days
        return (profile.first - day).days <= window and (day - profile.last).days <= window

    @staticmethod
    def _is_known_language(profile: _Profile, language: str | None) -> bool:
        return language in USE_LANGUAGES and bool(profile.languages & USE_LANGUAGES)

    # ---------------------------------------------------------------- public

    def add(
        self,
        article: Article,
        statements: Sequence[Statement] = (),
        entities: Mapping[str, Entity] = {},  # read only
    ) -> str:
        """The id of the story the article joins, or of the new story it starts."""
        if article.id in self._story_of:
            return self._profiles[self._story_of[article.id]].id
        terms = self._terms(article, statements, entities)
        self._count(article, terms)
        vector = self.embedder.embed([_lead(article, self.options.lead_chars)])[0]
        self._ensure_dim(vector.shape[0])
        row = self._copied_story(article)
        if row is None:
            row = self._best_story(article, vector, terms)
        if row is None:
            row = self._new_row("story-" + article.id, _title(article))
        profile = self._profiles[row]
        profile.article_ids.append(article.id)
        self._story_of[article.id] = row
        self._sums[row] += vector
        profile.terms.update(terms)
        self._cap_terms(profile)
        self._dates_and_language(profile, article)
        return self._merged(row)

    def _merged(self, row: int) -> str:
        """Folds into `row` the stories that now score as the same (the oldest id survives)."""
        count = len(self._profiles)
        sums = self._sums[:count]
        norms = np.maximum(np.linalg.norm(sums, axis=1), 1e-12)
        semantic = (sums @ sums[row]) / (norms * norms[row])
        mine = self._profiles[row]
        partners = []
        for other in np.flatnonzero(semantic >= self.options.merge_threshold / 2).tolist():
            theirs = self._profiles[other]
            if other == row or not theirs.article_ids:
                continue
            if not (self._in_window(theirs, mine.first) and self._in_window(theirs, mine.last)):
                continue
            is_known = bool(mine.languages & USE_LANGUAGES) and bool(
                theirs.languages & USE_LANGUAGES
            )
            w = self.options.semantic_weight if is_known else self.options.foreign_semantic_weight
            score = w * float(semantic[other]) + (1 - w) * self._term_cosine(
                mine.terms, theirs.terms
            )
            if score >= self.options.merge_threshold:
                partners.append(other)
        target = min([row, *partners])
        for other in sorted({row, *partners} - {target}):
            self._fold(other, target)
        return self._profiles[target].id

    def _fold(self, source: int, target: int) -> None:
        giver, taker = self._profiles[source], self._profiles[target]
        taker.article_ids.extend(giver.article_ids)
        for aid in giver.article_ids:
            self._story_of[aid] = target
        taker.terms.update(giver.terms)
        self._cap_terms(taker)
        taker.languages |= giver.languages
        for day in (giver.first, giver.last):
            if day is not None:
                taker.first = day if taker.first is None else min(taker.first, day)
                taker.last = day if taker.last is None else max(taker.last, day)
        self._sums[target] += self._sums[source]
        self._sums[source] = 0.0
        giver.article_ids = []
        giver.terms = Counter()

    def _copied_story(self, article: Article) -> int | None:
        # a near-duplicate belongs wherever its original went: no scoring needed
        if article.duplicate_of is not None:
            return self._story_of.get(article.duplicate_of)
        return None

    def _best_story(self, article: Article, vector: np.ndarray, terms: Counter[str]) -> int | None:
        count = len(self._profiles)
        if count == 0:
            return None
        sums = self._sums[:count]
        norms = np.linalg.norm(sums, axis=1)
        semantic = (sums @ vector) / np.maximum(norms, 1e-12)
        k = min(self.options.max_candidates, count)
        candidates = np.argpartition(-semantic, k - 1)[:k] if k < count else np.arange(count)
        day = article.published.date() if article.published else None
        best, best_margin = None, 0.0
        for row in candidates.tolist():
            profile = self._profiles[row]
            if not self._in_window(profile, day):
                continue
            is_known = self._is_known_language(profile, article.language)
            w = self.options.semantic_weight if is_known else self.options.foreign_semantic_weight
            score = w * float(semantic[row]) + (1 - w) * self._term_cosine(terms, profile.terms)
            threshold = (
                self.options.join_threshold if is_known else self.options.foreign_join_threshold
            )
            # compared by margin over the threshold, since the two scales differ
            if score - threshold >= best_margin:
                best, best_margin = row, score - threshold
        return best

    def story_of(self, article_id: str) -> str | None:
        """The story an added or known article belongs to."""
        row = self._story_of.get(article_id)
        return None if row is None else self._profiles[row].id

    def stories(self) -> list[Story]:
        """Every story so far, in the order they started; ids never change."""
        return [Story(p.id, p.title, tuple(p.article_ids)) for p in self._profiles if p.article_ids]
