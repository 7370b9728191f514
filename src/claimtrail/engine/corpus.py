"""The corpus stages, run on the driver in arrival order, whatever engine analysed the articles.

Admitting an article gives it a unique id, links it to the article it copies and resolves its
speakers to entities shared across the corpus; the article is then stored with its statements
in one transaction. State that grows with the corpus stays in the store (duplicates: its
signature buckets; entities: loaded once, as they grow far slower than the articles).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from claimtrail.engine.duplicates import StoredDuplicates
from claimtrail.errors import ClaimtrailError
from claimtrail.model import Article, Entity, Statement
from claimtrail.pipeline import ArticleResult, PipelineOptions
from claimtrail.resolve.across import EntityIndex
from claimtrail.resolve.speaker import Speaker
from claimtrail.store.base import Store

MAX_ID_SUFFIX = 10_000


@dataclass(frozen=True, slots=True)
class Admission:
    """What became of one analysed article."""

    article_id: str
    is_new: bool  # False when the same text was already stored under this id
    statements: int = 0


class Corpus:
    """Ids, duplicate links and entities across everything stored so far."""

    def __init__(self, store: Store, options: PipelineOptions) -> None:
        self.store = store
        self.duplicates = StoredDuplicates(store, threshold=options.duplicate_threshold)
        self.entities = EntityIndex(store.entities(), store.entity_profiles())

    def admit(self, result: ArticleResult) -> Admission:
        """Store one analysed article (one transaction), unless its text is already stored."""
        article_id, is_stored = self._unique_id(result.article)
        if is_stored:
            return Admission(article_id, is_new=False)
        result = _renamed(result, article_id)
        article = self.duplicates.link(result.article, result.signature)
        statements, entities = self._resolve(article, result)
        if entities:
            profiles = [self.entities.profile(e.id) for e in entities]
            self.store.write_entities(entities, profiles)
        is_new = self.store.write_article(article, statements)
        if is_new:
            self.duplicates.record(article, result.signature)
        return Admission(article.id, is_new, len(statements) if is_new else 0)

    def _unique_id(self, article: Article) -> tuple[str, bool]:
        """The article's id, suffixed when another text holds it; True when already stored."""
        for n in range(1, MAX_ID_SUFFIX):
            candidate = article.id if n == 1 else f"{article.id}-{n}"
            known = self.store.article_hash(candidate)
            if known is None:
                return candidate, False
            if known == article.content_hash:
                return candidate, True
        raise ClaimtrailError(f"too many different articles share the id {article.id!r}")

    def _resolve(
        self, article: Article, result: ArticleResult
    ) -> tuple[tuple[Statement, ...], list[Entity]]:
        """Statements with speaker and via entities; the entities that changed."""
        # each name once: every statement of a speaker repeats it, and the index keys every
        # context name for every mention (admission was 150 ms per article with repeats)
        context = list(
            dict.fromkeys(s.name for s in result.speakers if s is not None and s.type == "person")
        )
        touched: dict[str, Entity] = {}

        def entity_id(speaker: Speaker | None) -> str | None:
            if speaker is None:
                return None
            entity = self.entities.resolve(speaker, article.id, context)
            touched[entity.id] = entity
            return entity.id

        statements = tuple(
            replace(statement, speaker_id=entity_id(speaker), via_id=entity_id(via))
            for statement, speaker, via in zip(
                result.statements,
                _aligned(result.speakers, len(result.statements)),
                _aligned(result.intermediaries, len(result.statements)),
                strict=True,
            )
        )
        return statements, list(touched.values())


def _aligned(speakers: tuple[Speaker | None, ...], n: int) -> tuple[Speaker | None, ...]:
    return speakers if len(speakers) == n else (None,) * n


def _renamed(result: ArticleResult, article_id: str) -> ArticleResult:
    """The result under another article id (statement ids follow)."""
    if article_id == result.article.id:
        return result
    statements = tuple(
        replace(
            statement,
            id=f"{article_id}-s{n}",
            attribution=replace(statement.attribution, article_id=article_id),
        )
        for n, statement in enumerate(result.statements, start=1)
    )
    return replace(result, article=replace(result.article, id=article_id), statements=statements)
