"""Same-statement links: one group id for every report of one utterance.

Reports are compared by multilingual sentence embeddings of their content and of their
best-matching clauses (a quoted sentence meets the whole quote), within a story; known days
more than a day apart never link (the same claim repeated on another day is another
utterance), and different known speakers only count against a link, since resolved speakers
are sometimes wrong. Groups form by average-link agglomeration, fragments counting less than
whole reports, so one loose paraphrase does not chain two utterances together.

A story's groups are recomputed from all its reports whenever it changes, so they do not
depend on the order the reports arrived in (freezing earlier groups did: two halves of one
utterance grouped apart in a first batch could never meet again, and same_stmt_f1 on the
stories corpus fell from 0.74 in one batch to 0.57 in two). Group ids stay stable: a new
group keeps the id most of its members had.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np

from claimtrail.model import Article, Statement
from claimtrail.stories.embed import BASELINE_MODEL, E5_MODEL, USE_MODEL, Embedder, model_name
from claimtrail.stories.similarity import clause_similarity, report_weights


@dataclass(frozen=True, slots=True)
class LinkItem:
    """One statement as the linker sees it; `group` is its id from an earlier grouping, if any
    (it only names the new group, see `StatementLinker.link`)."""

    statement_id: str
    article_id: str
    story_id: str | None
    speaker_id: str | None
    said_on: date | None
    content: str
    language: str | None
    published: datetime | None
    group: str | None = None


@dataclass(frozen=True, slots=True)
class LinkOptions:
    """Thresholds on the average similarity between two groups' members; defaults suit e5.

    Measured on ../shared/data/stories (tests/stories/test_link_gold.py prints the figures).
    e5 rates two sentences in one language higher whatever they say, so `same_language_bonus`
    is taken off such pairs first. With gold speakers a hard speaker rule did best, but with
    the pipeline's own speakers it split one utterance wherever the resolver erred; taking
    `speaker_clash_penalty` off the similarity of a clash instead, unless both speakers are
    quoted in two or more articles, keeps those reports together.
    Whole-content cosines alone (threshold 0.80, bonus 0.06) gave full-pipeline F1 0.68 on
    one upstream version and 0.55-0.56 on two later ones (better speakers, worse links: the
    quoted and the paraphrased halves of the largest utterance no longer met), 0.83 on gold
    input and 0.79 without dates. Half the similarity from best-matching clauses, fragments
    weighted by length, threshold 0.805 and bonus 0.065 give 0.70-0.72 on those pipeline
    versions (cross-language recall 0.92-0.96), 0.86 on gold input and 0.83 without dates.
    Thresholds were chosen on the mean F1 over these four inputs and over random 85% subsets
    of each (0.70 -> 0.77), since one input's curve is jumpy: a few big clusters make most
    pairs. Moving the threshold or the bonus by 0.005 costs 0.00-0.04 on that mean.
    """

    threshold: float = 0.805
    unknown_speaker_threshold: float = 0.815
    same_language_bonus: float = 0.065
    # reports of one utterance are dated the same day; allow slack for time-zone edges
    date_tolerance_days: int = 0
    # Days beyond the tolerance up to which two reports may still link, each day taking this
    # off their cosine: outlets that misdate an utterance by a day still report the same
    # words, and only linked reports can be flagged as a date_conflict.
    max_date_gap_days: int = 1
    date_gap_penalty: float = 0.03
    # None: two different known speakers never link. A number: it is taken off the pair's
    # similarity instead, so a speaker the resolver got wrong does not split an utterance.
    speaker_clash_penalty: float | None = 0.04
    # ...except between two speakers each quoted in at least this many articles of the block:
    # a resolver's slip rarely repeats across outlets, so such a clash stays a hard rule
    min_speaker_articles: int = 2
    # above this many items a story is split by speaker, then into chunks in publication
    # order, keeping each agglomeration O(max_block^2) in memory and O(max_block^3) time
    max_block: int = 800
    # Share of a pair's similarity taken from its best-matching clauses (similarity.py)
    # rather than the whole contents: one outlet's single quoted sentence then meets another's
    # whole answer. 0 compares whole contents only.
    clause_share: float = 0.5
    # clauses shorter than this are too generic to match on ("he said", "I think not")
    clause_min_words: int = 4
    # A report this many words long counts fully in a group's average similarity, a shorter
    # fragment in proportion, so a few fragments do not hold two halves of one utterance apart.
    # None: every report counts the same.
    full_report_words: int | None = 15


# USE v3 rates a translation of a quote low (median 0.33 over gold pairs): F1 0.56 at 0.20
USE_LINK_OPTIONS = LinkOptions(
    threshold=0.20,
    unknown_speaker_threshold=0.40,
    same_language_bonus=0.0,
    speaker_clash_penalty=None,
    clause_share=0.0,
    full_report_words=None,
)
# the character n-gram baseline: F1 0.50 at 0.10, cross-language recall 0.26
CHAR_LINK_OPTIONS = LinkOptions(
    threshold=0.10,
    unknown_speaker_threshold=0.30,
    same_language_bonus=0.0,
    speaker_clash_penalty=None,
    clause_share=0.0,
    full_report_words=None,
)
PRESETS = {E5_MODEL: LinkOptions(), USE_MODEL: USE_LINK_OPTIONS, BASELINE_MODEL: CHAR_LINK_OPTIONS}


def link_options_for(embedder: Embedder) -> LinkOptions:
    """The options measured for the embedder's model (e5's when it does not say)."""
    return PRESETS.get(model_name(embedder) or E5_MODEL, LinkOptions())


_FORBIDDEN = -np.inf


def link_items(
    statements: Iterable[Statement],
    articles: Mapping[str, Article],
    story_of: Mapping[str, str],
) -> list[LinkItem]:
    """What the linker needs of each statement: its content text, article date and story.

    `story_of` maps article id -> story id; a statement of an unknown article is skipped.
    """
    items = []
    for statement in statements:
        article = articles.get(statement.article_id)
        if article is None:
            continue
        spans = statement.attribution.content
        items.append(
            LinkItem(
                statement_id=statement.id,
                article_id=article.id,
                story_id=story_of.get(article.id),
                speaker_id=statement.speaker_id,
                said_on=statement.said_on,
                content=" ".join(span.text_of(article.text) for span in spans),
                language=article.language,
                published=article.published,
                group=statement.group,
            )
        )
    return items


def _sort_key(item: LinkItem) -> tuple[str, str]:
    return (item.published.isoformat() if item.published else "9999", item.statement_id)


class StatementLinker:
    """Groups reports of one utterance across outlets, languages and translations.

    Direct quotes, paraphrases and machine translations of one utterance share a group; the
    same claim made on another day by the same speaker stays a different group.
    """

    def __init__(
        self,
        embedder: Embedder,
        options: LinkOptions | None = None,
    ) -> None:
        """Without `options`, those measured for the embedder's model are used."""
        self.embedder = embedder
        self.options = options or link_options_for(embedder)

    def link(self, items: Sequence[LinkItem]) -> dict[str, str]:
        """Statement id -> group id for every item.

        A group takes the earlier group id most of its members carry (each id going to one
        group only), else its earliest member's statement id; a lone statement is its own group.
        """
        unique = list({item.statement_id: item for item in items}.values())
        clusters = [c for block in self._blocks(unique) for c in self._link_block(block)]
        return _named(clusters)

    def _blocks(self, items: list[LinkItem]) -> list[list[LinkItem]]:
        # a statement about one event is reported within that event's story
        by_story: dict[str | None, list[LinkItem]] = defaultdict(list)
        for item in items:
            by_story[item.story_id].append(item)
        blocks: list[list[LinkItem]] = []
        limit = self.options.max_block
        for story_items in by_story.values():
            if len(story_items) <= limit:
                blocks.append(story_items)
                continue
            by_speaker: dict[str | None, list[LinkItem]] = defaultdict(list)
            for item in story_items:
                by_speaker[item.speaker_id].append(item)
            for speaker_items in by_speaker.values():
                ordered = sorted(speaker_items, key=_sort_key)
                blocks.extend(ordered[i : i + limit] for i in range(0, len(ordered), limit))
        return blocks

    def _link_block(self, block: list[LinkItem]) -> list[list[LinkItem]]:
        block = sorted(block, key=_sort_key)
        texts = [item.content for item in block]
        vectors = self.embedder.embed(texts).astype(np.float64)
        similarity = vectors @ vectors.T
        if self.options.clause_share:
            parts = clause_similarity(self.embedder, texts, vectors, self.options.clause_min_words)
            share = self.options.clause_share
            similarity = (1.0 - share) * similarity + share * parts
        if self.options.same_language_bonus:
            codes = {language: i for i, language in enumerate({i.language for i in block})}
            language = np.array([codes[i.language] if i.language else -1 for i in block])
            same = (language[:, None] == language[None, :]) & (language[:, None] >= 0)
            similarity -= self.options.same_language_bonus * same
        if self.options.speaker_clash_penalty is not None:
            clash = _clash([item.speaker_id for item in block])
            similarity -= self.options.speaker_clash_penalty * clash
        gap = self._days_apart(block)
        similarity -= self.options.date_gap_penalty * np.minimum(
            gap, self.options.max_date_gap_days
        )
        allowed = self._allowed(block, gap)
        weights = (
            np.ones(len(block))
            if self.options.full_report_words is None
            else report_weights(texts, self.options.full_report_words)
        )
        members = _agglomerate(similarity, allowed, self._thresholds(block), weights)
        return [[block[i] for i in cluster] for cluster in members]

    def _days_apart(self, block: list[LinkItem]) -> np.ndarray:
        """Days between two known dates beyond the tolerance; 0 when either is unknown."""
        days = np.array(
            [item.said_on.toordinal() if item.said_on else -1 for item in block], dtype=np.int64
        )
        dated = days >= 0
        gap = np.abs(days[:, None] - days[None, :]) - self.options.date_tolerance_days
        gap[~(dated[:, None] & dated[None, :])] = 0
        apart: np.ndarray = np.maximum(gap, 0)
        return apart

    def _allowed(self, block: list[LinkItem], days_apart: np.ndarray) -> np.ndarray:
        """Pairs that may share a group: known days not too far apart (and no clash of known
        speakers when that is a hard rule)."""
        allowed: np.ndarray = days_apart <= self.options.max_date_gap_days
        speakers = [item.speaker_id for item in block]
        if self.options.speaker_clash_penalty is not None:
            speakers = _established(block, self.options.min_speaker_articles)
        allowed &= ~_clash(speakers)
        return allowed

    def _thresholds(self, block: list[LinkItem]) -> np.ndarray:
        known = np.array([item.speaker_id is not None for item in block])
        both = known[:, None] & known[None, :]
        return np.where(both, self.options.threshold, self.options.unknown_speaker_threshold)


def _established(block: list[LinkItem], min_articles: int) -> list[str | None]:
    """Each item's speaker when that speaker is quoted in `min_articles` articles, else None."""
    articles: dict[str, set[str]] = defaultdict(set)
    for item in block:
        if item.speaker_id is not None:
            articles[item.speaker_id].add(item.article_id)
    return [
        item.speaker_id
        if item.speaker_id is not None and len(articles[item.speaker_id]) >= min_articles
        else None
        for item in block
    ]


def _clash(labels: list[str | None]) -> np.ndarray:
    """Pairs whose labels are both known and differ."""
    codes = {label: i for i, label in enumerate(dict.fromkeys(labels)) if label is not None}
    coded = np.array([codes[label] if label is not None else -1 for label in labels])
    known = coded >= 0
    clash: np.ndarray = (coded[:, None] != coded[None, :]) & known[:, None] & known[None, :]
    return clash


def _named(clusters: list[list[LinkItem]]) -> dict[str, str]:
    """Statement id -> group id. Earlier ids go to the groups holding most of their members
    (largest overlaps first), so a group that grows or loses a stray report keeps its id."""
    overlaps: Counter[tuple[int, str]] = Counter(
        (n, item.group) for n, cluster in enumerate(clusters) for item in cluster if item.group
    )
    names: dict[int, str] = {}
    taken: set[str] = set()
    for (n, old), _ in sorted(overlaps.items(), key=lambda kv: (-kv[1], kv[0])):
        if n not in names and old not in taken:
            names[n] = old
            taken.add(old)
    for n, cluster in enumerate(clusters):
        if n in names:
            continue
        # earliest member first; a member id already naming another group is skipped
        free = (item.statement_id for item in cluster if item.statement_id not in taken)
        names[n] = next(free, f"{cluster[0].statement_id}~{n}")
        taken.add(names[n])
    return {item.statement_id: names[n] for n, cluster in enumerate(clusters) for item in cluster}


def _agglomerate(
    similarity: np.ndarray,
    allowed: np.ndarray,
    thresholds: np.ndarray,
    weights: np.ndarray,
) -> list[list[int]]:
    """Average-link clusters (lists of indices, each sorted) whose merges all cleared the bar.

    A merge needs the weighted average similarity between two clusters (each pair weighted by
    its members' `weights`) to reach the average threshold of their pairs, and no forbidden
    pair between them (so constraints act like complete link). Each merge updates one row and
    column: O(k^2) per merge, O(k^3) at worst for k reports.
    """
    k = similarity.shape[0]
    if k == 0:
        return []
    # weighted sums over member pairs of (similarity - threshold); every report starts alone
    excess = weights[:, None] * (similarity - thresholds) * weights[None, :]
    forbidden = ~allowed
    sizes = weights.astype(np.float64)
    margin = excess / np.outer(sizes, sizes)
    margin[forbidden] = _FORBIDDEN
    np.fill_diagonal(margin, _FORBIDDEN)
    active = np.ones(k, dtype=bool)
    clusters = [[i] for i in range(k)]
    while True:
        a, b = divmod(int(np.argmax(margin)), k)
        if not margin[a, b] >= 0.0:
            break
        a, b = min(a, b), max(a, b)
        excess[a, :] += excess[b, :]
        excess[:, a] += excess[:, b]
        forbidden[a, :] |= forbidden[b, :]
        forbidden[:, a] |= forbidden[:, b]
        sizes[a] += sizes[b]
        active[b] = False
        row = excess[a] / (sizes[a] * sizes)
        row[forbidden[a] | ~active] = _FORBIDDEN
        margin[a, :] = row
        margin[:, a] = row
        margin[a, a] = _FORBIDDEN
        margin[b, :] = _FORBIDDEN
        margin[:, b] = _FORBIDDEN
        clusters[a].extend(clusters[b])
    return [sorted(clusters[i]) for i in range(k) if active[i]]
