"""Property tests: any article, statements and records read back exactly as written."""

from __future__ import annotations

import hashlib
import itertools
from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrail.model import Article, Attribution, Entity, Span, Statement
from claimtrail.store import Store
from claimtrail.store.sql import SqlStore

# One store serves every example, so each example gets fresh ids.
_ids = itertools.count()

_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def _text(*, allow_nul: bool) -> st.SearchStrategy[str]:
    """Any Unicode text without surrogates (not encodable as UTF-8); NUL only for SQLite."""
    excluded = () if allow_nul else ("\x00",)
    return st.text(st.characters(exclude_categories=["Cs"], exclude_characters=excluded))


def _optional_text(*, allow_nul: bool) -> st.SearchStrategy[str | None]:
    return st.none() | _text(allow_nul=allow_nul)


_offsets = st.builds(
    timezone, st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timedelta(minutes=m))
)
_published = st.none() | st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=_offsets
)


@st.composite
def _spans(draw: st.DrawFn, size: int) -> Span:
    start = draw(st.integers(min_value=0, max_value=size))
    return Span(start, draw(st.integers(min_value=start, max_value=size)))


@st.composite
def _articles_with_statements(
    draw: st.DrawFn, *, allow_nul: bool
) -> tuple[Article, list[Statement]]:
    text = draw(_text(allow_nul=allow_nul))
    article_id = f"art-{next(_ids)}"
    article = Article(
        id=article_id,
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        origin=draw(_text(allow_nul=allow_nul)),
        url=draw(_optional_text(allow_nul=allow_nul)),
        outlet=draw(_optional_text(allow_nul=allow_nul)),
        title=draw(_optional_text(allow_nul=allow_nul)),
        author=draw(_optional_text(allow_nul=allow_nul)),
        published=draw(_published),
        published_basis=draw(st.sampled_from([None, "metadata", "url", "text"])),
        language=draw(st.sampled_from([None, "en", "de", "pt"])),
        duplicate_of=draw(st.none() | st.just("art-0")),
        duplicate_similarity=draw(st.none() | st.floats(min_value=0, max_value=1)),
    )
    spans = st.lists(_spans(len(text)), max_size=3).map(tuple)
    statements = [
        Statement(
            id=f"{article_id}:{n}",
            attribution=Attribution(
                article_id=article_id,
                source=draw(spans),
                cue=draw(spans),
                content=draw(spans),
                kind=draw(st.sampled_from(["direct", "indirect", "mixed"])),
                confidence=draw(st.floats(min_value=0, max_value=1)),
                via=draw(spans),
            ),
            speaker_id=draw(_optional_text(allow_nul=allow_nul)),
            said_on=draw(st.none() | st.dates(date(1900, 1, 1), date(2100, 1, 1))),
            said_on_basis=draw(st.sampled_from([None, "explicit", "relative", "story"])),
            time_expression=draw(st.none() | _spans(len(text))),
            via_id=draw(_optional_text(allow_nul=allow_nul)),
            group=draw(_optional_text(allow_nul=allow_nul)),
        )
        for n in range(draw(st.integers(min_value=0, max_value=3)))
    ]
    return article, statements


@_SETTINGS
@given(data=st.data())
def test_any_article_and_its_statements_round_trip(store: Store, data: st.DataObject) -> None:
    allow_nul = store.url.startswith("sqlite")
    article, statements = data.draw(_articles_with_statements(allow_nul=allow_nul))
    assert store.write_article(article, statements)
    restored = store.get_article(article.id)
    assert restored == article
    assert restored is not None
    if article.published is not None:
        assert restored.published is not None
        assert restored.published.utcoffset() == article.published.utcoffset()
    assert list(store.statements(article.id)) == statements
    for statement in statements:
        for span in statement.attribution.content:
            assert 0 <= span.start <= span.end <= len(restored.text)
            assert span.text_of(restored.text) == span.text_of(article.text)


@_SETTINGS
@given(
    names=st.lists(st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"))),
    kind=st.sampled_from(["person", "org", "place", "other"]),
)
def test_any_entity_round_trips(store: Store, names: list[str], kind: str) -> None:
    entity = Entity(
        id=f"ent-{next(_ids)}",
        name=names[0] if names else "",
        type=kind,  # type: ignore[arg-type]
        aliases=tuple(names[1:]),
    )
    store.write_entities([entity])
    assert entity in list(store.entities())


def test_published_sorts_by_instant_in_the_database(store: Store) -> None:
    """Local clock text would sort these the other way round."""
    early = datetime(2024, 1, 2, 1, 0, tzinfo=timezone(timedelta(hours=5)))  # 2024-01-01 20:00Z
    late = datetime(2024, 1, 1, 22, 0, tzinfo=UTC)
    for article_id, published in (("late", late), ("early", early)):
        text = f"Text {article_id}."
        store.write_article(
            Article(
                article_id,
                text,
                hashlib.sha256(text.encode()).hexdigest(),
                "t",
                published=published,
            )
        )
    assert isinstance(store, SqlStore)
    ordered = store._read("test", "SELECT id FROM articles ORDER BY published")
    assert [row[0] for row in ordered] == ["early", "late"]
